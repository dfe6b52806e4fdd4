using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Domain.Tickets;

namespace Crm.Domain.Assignment;

/// <summary>
/// The fields rules can test, per kind of record, in the words the records themselves use:
/// enums by their stable names (industry <c>Manufacturing</c>, source <c>TradeShow</c>, company
/// size <c>From1001To5000</c>), regions as the organization writes them (华东). A new kind
/// or a new field is one line here: the engine reads subjects as field maps.
/// </summary>
public static class AssignmentFields
{
    public const string Region = "region";
    public const string Industry = "industry";
    public const string Source = "source";
    public const string CompanySize = "companySize";
    public const string Company = "company";
    public const string Category = "category";
    public const string Priority = "priority";
    public const string Channel = "channel";
    public const string Queue = "queue";
    public const string Tier = "tier";

    private static readonly Dictionary<RecordKind, IReadOnlyList<AssignmentField>> ByKind = new()
    {
        [RecordKind.Lead] =
        [
            Text(Region),
            new(Industry, AssignmentFieldType.Choice, Enum.GetNames<Industry>()),
            new(Source, AssignmentFieldType.Choice, Enum.GetNames<LeadSource>()),
            new(CompanySize, AssignmentFieldType.Ranked, SizeBands()),
            Text(Company),
        ],
        [RecordKind.Ticket] =
        [
            new(Category, AssignmentFieldType.Choice, Enum.GetNames<TicketCategory>()),
            new(Priority, AssignmentFieldType.Ranked, Enum.GetNames<TicketPriority>()),
            new(Channel, AssignmentFieldType.Choice, Enum.GetNames<TicketChannel>()),
            Text(Queue),
            new(Tier, AssignmentFieldType.Choice, Enum.GetNames<AccountTier>()),
            Text(Region),
            new(Industry, AssignmentFieldType.Choice, Enum.GetNames<Industry>()),
        ],
    };

    /// <summary>The kinds of record rules can be written for, in the order the admin page lists them.</summary>
    public static IReadOnlyList<RecordKind> Kinds { get; } = [.. ByKind.Keys.Order()];

    /// <summary>The fields of <paramref name="kind"/>; empty for a kind that has no rules yet.</summary>
    public static IReadOnlyList<AssignmentField> For(RecordKind kind) => ByKind.GetValueOrDefault(kind, []);

    /// <summary>The field of that name (ignoring case), or null when the kind has no such field.</summary>
    public static AssignmentField? Find(RecordKind kind, string? name) =>
        For(kind).FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool Supports(RecordKind kind) => ByKind.ContainsKey(kind);

    private static AssignmentField Text(string name) => new(name, AssignmentFieldType.Text, []);

    // Smallest first; "not known" is no band, so a lead without a size matches no size condition.
    private static string[] SizeBands() =>
        [.. Enum.GetValues<CompanySize>().Where(s => s != Leads.CompanySize.Unknown).Order().Select(s => s.ToString())];
}
