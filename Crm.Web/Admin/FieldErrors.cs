using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Admin;

/// <summary>
/// The translated error texts of one form: next to the field the service named, or above the
/// form when no field is at fault (a conflict, a rule about the whole record).
/// </summary>
public sealed class FieldErrors(IStringLocalizer<AdminText> text)
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.OrdinalIgnoreCase);

    public string? General { get; private set; }

    public bool Has(string field) => _byField.ContainsKey(field);

    public string? For(string field) => _byField.GetValueOrDefault(field);

    public void Clear()
    {
        _byField.Clear();
        General = null;
    }

    public void Add(string field, string code) => _byField[field] = Message(code);

    /// <summary>Shows what the service said; false for exceptions that are bugs, not answers.</summary>
    public bool Show(Exception exception)
    {
        switch (exception)
        {
            case DomainException { Field: { Length: > 0 } field } domain:
                _byField[field] = Message(domain.Code);
                return true;
            case DomainException domain:
                General = Message(domain.Code);
                return true;
            case ConcurrencyConflictException:
                General = text["Error.Conflict"];
                return true;
            case NotFoundException:
                General = text["Error.NotFound"];
                return true;
            case ForbiddenException:
                General = text["Error.Forbidden"];
                return true;
            default:
                return false;
        }
    }

    private string Message(string code)
    {
        var message = text[$"Error.{code}"];

        return message.ResourceNotFound ? text["Error.Invalid"] : message.Value;
    }
}
