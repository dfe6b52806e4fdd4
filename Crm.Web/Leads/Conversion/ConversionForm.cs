using System.Globalization;
using Crm.Infrastructure.Leads;

namespace Crm.Web.Leads.Conversion;

/// <summary>
/// What the conversion dialog edits: the account (an existing one, or null for a new one with
/// its name), the contact (one of that account's, or null for a new one), and the opportunity.
/// </summary>
public sealed class ConversionForm
{
    public const string DateFormat = "yyyy-MM-dd";

    public Guid? AccountId { get; set; }

    public string NewAccountName { get; set; } = "";

    public Guid? ContactId { get; set; }

    public string NewContactName { get; set; } = "";

    public bool WithOpportunity { get; set; }

    public Guid? PipelineId { get; set; }

    public string OpportunityName { get; set; } = "";

    public decimal Amount { get; set; }

    /// <summary>As the browser's date input gives it: yyyy-MM-dd.</summary>
    public string ExpectedClose { get; set; } = "";

    /// <summary>
    /// New account and contact named after the lead, and an opportunity when the caller may open
    /// one: in the first pipeline, named "<company> – <interest or <paramref name="newOpportunity"/>>",
    /// expected to close a month from <paramref name="today"/>.
    /// </summary>
    public static ConversionForm For(ConversionOptions options, DateOnly today, string newOpportunity) => new()
    {
        NewAccountName = options.NewAccountName,
        NewContactName = options.NewContactName ?? "",
        WithOpportunity = options.CanCreateOpportunity && options.Pipelines.Count > 0,
        PipelineId = options.Pipelines.FirstOrDefault()?.Id,
        OpportunityName = $"{options.NewAccountName} – {options.ProductInterest ?? newOpportunity}",
        ExpectedClose = today.AddMonths(1).ToString(DateFormat, CultureInfo.InvariantCulture),
    };

    /// <summary>Attaches to <paramref name="accountId"/> (null: a new account) and picks a contact there.</summary>
    public void Attach(Guid? accountId, IReadOnlyList<ContactMatch> contacts)
    {
        AccountId = accountId;
        ContactId = accountId is null ? null : contacts.FirstOrDefault(c => c.MatchedOn != MatchedOn.None)?.Id;
    }

    public LeadConversionInput ToInput(string currency) => new(
        AccountId, AccountId is null ? NewAccountName : null, ContactId, ContactId is null ? NewContactName : null,
        WithOpportunity
            ? new ConversionOpportunity(PipelineId ?? Guid.Empty, OpportunityName, Amount, currency, CloseDate())
            : null);

    // An unreadable date is sent as none, and the service names the field.
    private DateOnly CloseDate() =>
        DateOnly.TryParseExact(
            ExpectedClose, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : default;
}
