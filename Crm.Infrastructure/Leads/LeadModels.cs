using Crm.Domain.Leads;
using Crm.Infrastructure.Customers;

namespace Crm.Infrastructure.Leads;

public enum LeadSort
{
    Received,
    Name,
    Status,
    Owner,
}

/// <summary>
/// Filters, order and page of the lead list. <see cref="Text"/> matches name, company, phone
/// or email; <see cref="ReceivedFrom"/> (inclusive) and <see cref="ReceivedBefore"/> (exclusive)
/// bound when leads arrived, in UTC. <see cref="Page"/> starts at 0.
/// </summary>
public sealed record LeadQuery(
    string? Text = null,
    LeadStatus? Status = null,
    LeadSource? Source = null,
    Guid? OwnerId = null,
    Guid? QueueTeamId = null,
    DateTime? ReceivedFrom = null,
    DateTime? ReceivedBefore = null,
    LeadSort Sort = LeadSort.Received,
    bool Descending = true,
    int Page = 0,
    int PageSize = 25);

public sealed record LeadRow(
    Guid Id,
    string? PersonName,
    string? Company,
    string? Title,
    string? Phone,
    string? Email,
    LeadSource Source,
    LeadStatus Status,
    Guid? OwnerId,
    string? OwnerName,
    Guid? QueueTeamId,
    string? QueueName,
    string Region,
    DateTime ReceivedAt,
    int DuplicatesOnArrival);

/// <summary>What the lead form submits, for a new lead and for an edit.</summary>
public sealed record LeadInput(LeadProfile Profile, LeadSource Source);

/// <summary>
/// A lead just entered and where the rules sent it. <see cref="CanOpen"/> is false when it went
/// to someone whose leads the person who entered it cannot see (another team).
/// </summary>
public sealed record NewLead(Guid Id, LeadRouting Routing, bool CanOpen);

/// <summary>What a lead became; names are null for records the caller cannot see.</summary>
public sealed record LeadConversion(
    Guid AccountId,
    string? AccountName,
    Guid ContactId,
    string? ContactName,
    Guid? OpportunityId,
    DateTime ConvertedAt);

/// <summary>Who works a lead and why: the owner or queue with names, and the assignment note.</summary>
public sealed record LeadRouting(
    Guid? OwnerId,
    string? OwnerName,
    Guid? QueueTeamId,
    string? QueueName,
    AssignmentNote? Note,
    Guid? AssignedById,
    string? AssignedByName,
    DateTime? AssignedAt);

/// <summary>One lead as its page shows it, with what the caller may do. Times are UTC.</summary>
public sealed record LeadView(
    Guid Id,
    int Version,
    LeadProfile Profile,
    LeadSource Source,
    LeadStatus Status,
    DisqualificationReason? DisqualificationReason,
    string? DisqualificationNote,
    LeadRouting Routing,
    DateTime ReceivedAt,
    RecordCreator CreatedBy,
    int DuplicatesOnArrival,
    IReadOnlyList<DuplicateMatch> Duplicates,
    LeadConversion? Conversion,
    bool CanEdit)
{
    public string DisplayName => Profile.PersonName ?? Profile.Company ?? "";
}

/// <summary>A team whose queue holds leads.</summary>
public sealed record QueueOption(Guid TeamId, string Name);

/// <summary>
/// What the lead screens offer the caller: whether they may enter leads, the owners and queues
/// they can filter by, the people they may hand a lead to (empty for read-only roles), and the
/// regions the organization's people and teams cover, which the assignment rules compare a
/// lead's region with.
/// </summary>
public sealed record LeadChoices(
    bool CanCreate,
    IReadOnlyList<OwnerOption> Owners,
    IReadOnlyList<QueueOption> Queues,
    IReadOnlyList<OwnerOption> AssignableOwners,
    IReadOnlyList<string> Regions)
{
    public static readonly LeadChoices None = new(false, [], [], [], []);
}
