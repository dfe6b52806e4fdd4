using Crm.Domain.Common;
using Crm.Infrastructure.Customers;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Pipeline.Opportunities.Editing;

/// <summary>
/// The fields of an opportunity that the new and the edit dialog share, bound to
/// <see cref="Form"/>; each shows the error <see cref="ErrorOf"/> gives for it.
/// </summary>
public sealed partial class OpportunityFields
{
    [Parameter, EditorRequired]
    public OpportunityForm Form { get; set; } = default!;

    /// <summary>The message to show next to a field, or null.</summary>
    [Parameter, EditorRequired]
    public Func<string, string?> ErrorOf { get; set; } = _ => null;

    [Parameter]
    public IReadOnlyList<OwnerOption> Owners { get; set; } = [];

    [Parameter]
    public IReadOnlyList<ContactRow> Contacts { get; set; } = [];

    [Parameter]
    public IReadOnlyList<string> Currencies { get; set; } = [];

    /// <summary>The default probability of the stage the opportunity is (or starts) in.</summary>
    [Parameter]
    public int StageProbability { get; set; }

    [Parameter]
    public bool IsClosed { get; set; }

    /// <summary>Offers the choice between a typed amount and the sum of the line items.</summary>
    [Parameter]
    public bool ShowAmountMode { get; set; }

    /// <summary>What the line items add up to, shown as the amount when it follows them.</summary>
    [Parameter]
    public Money? LineSum { get; set; }

    /// <summary>With line items the currency cannot change (their prices are in it).</summary>
    [Parameter]
    public bool HasLines { get; set; }

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private string? CurrencyHelp => HasLines ? Text["Field.CurrencyLocked"].Value : null;

    private string LineSumText => LineSum is { } sum ? MoneyText.Format(sum) : "—";

    private IEnumerable<string> CurrencyChoices =>
        Currencies.Append(Form.Currency).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal);

    private bool Has(string field) => ErrorOf(field) is not null;

    private string OwnerName(Guid id) => Owners.FirstOrDefault(o => o.Id == id)?.Name ?? "";

    private string ContactName(Guid? id) => Contacts.FirstOrDefault(c => c.Id == id)?.Name ?? "";
}
