using Crm.Domain.Common;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Common;

/// <summary>
/// The errors a form shows: one per field, next to that field, and one for the whole form.
/// Domain error codes become the resource key <c>Error.{Code}</c> of the form's feature.
/// </summary>
internal sealed class FormErrors
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string? General { get; private set; }

    public bool Any => _fields.Count > 0 || General is not null;

    public string? this[string field] => _fields.GetValueOrDefault(field);

    public bool Has(string field) => _fields.ContainsKey(field);

    public void Clear()
    {
        _fields.Clear();
        General = null;
    }

    public void Add(string field, string message) => _fields[field] = message;

    public void SetGeneral(string message) => General = message;

    /// <summary>
    /// Shows the translated message beside its field when the form has that field, otherwise
    /// for the whole form. An untranslated code falls back to <c>Error.invalid</c>.
    /// </summary>
    public void Add(DomainException error, IStringLocalizer text, IReadOnlyCollection<string> formFields)
    {
        var message = text[$"Error.{error.Code}"];
        var shown = message.ResourceNotFound ? text["Error.invalid"].Value : message.Value;
        if (error.Field is { } field && formFields.Contains(field, StringComparer.OrdinalIgnoreCase))
        {
            Add(field, shown);
        }
        else
        {
            SetGeneral(shown);
        }
    }
}
