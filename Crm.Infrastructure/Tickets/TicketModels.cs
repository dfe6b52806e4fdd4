using Crm.Domain.Leads;
using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Tickets;

/// <summary>Which tickets a list shows. <see cref="Scope"/> picks the list; the rest narrows it.</summary>
public sealed record TicketQuery
{
    public TicketListScope Scope { get; init; } = TicketListScope.All;

    public Guid? QueueId { get; init; }

    public IReadOnlyCollection<TicketStatus> Statuses { get; init; } = [];

    public TicketPriority? Priority { get; init; }

    public Guid? AccountId { get; init; }

    /// <summary>Matches the number (<c>#10234</c> or <c>10234</c>) or words of the subject.</summary>
    public string? Search { get; init; }

    public TicketSort Sort { get; init; } = TicketSort.Newest;

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

public enum TicketListScope
{
    /// <summary>Every ticket the user sees.</summary>
    All = 1,

    /// <summary>Assigned to the user.</summary>
    Mine = 2,

    /// <summary>Waiting without an assignee in the queues of the user's teams (the team queue).</summary>
    TeamQueue = 3,

    /// <summary>Open, with an SLA clock at risk or breached that still runs; soonest deadline first.</summary>
    AtRisk = 4,
}

public enum TicketSort
{
    Newest = 1,
    Oldest = 2,
    PriorityFirst = 3,
    Number = 4,
}

/// <summary>A ticket as lists show it; no conversation.</summary>
public sealed record TicketRow(
    Guid Id,
    int Number,
    string Subject,
    TicketStatus Status,
    TicketPriority Priority,
    TicketCategory Category,
    TicketChannel Channel,
    Guid QueueId,
    string QueueName,
    Guid? AssigneeId,
    string? AssigneeName,
    Guid? AccountId,
    string? AccountName,
    DateTime OpenedAt,
    DateTime UpdatedAt)
{
    /// <summary>The ticket's version when the row was read; live lists keep the newest.</summary>
    public int Version { get; init; }

    /// <summary>The SLA clocks as stored on the ticket (<see cref="TicketSla.None"/> without a policy).</summary>
    public TicketSla Sla { get; init; } = TicketSla.None;

    /// <summary>The customer's rating, 1–5; null until rated.</summary>
    public int? Rating { get; init; }

    /// <summary>When an agent first answered the customer; null while nobody has.</summary>
    public DateTime? FirstRespondedAt { get; init; }
}

/// <summary>
/// One ticket with everything its page shows but the conversation (paged apart, see
/// <see cref="ITicketService.ConversationAsync"/>). <see cref="CanWork"/> is false for those who
/// may only read it (sales roles); <see cref="AllowedStatuses"/> what the status may become.
/// </summary>
public sealed record TicketView(
    Guid Id,
    int Version,
    int Number,
    string Subject,
    string? Description,
    TicketStatus Status,
    TicketPriority Priority,
    TicketCategory Category,
    TicketChannel Channel,
    NamedRef Queue,
    NamedRef? Assignee,
    NamedRef? Account,
    NamedRef? Contact,
    string? RequesterName,
    string? RequesterEmail,
    IReadOnlyList<string> Tags,
    Guid? OpportunityId,
    AssignmentNote? Assignment,
    DateTime OpenedAt,
    DateTime? FirstRespondedAt,
    DateTime? ResolvedAt,
    DateTime? ClosedAt,
    TimeSpan? ComplaintHandlingTime,
    int MessageCount,
    Guid? FollowUpOfTicketId,
    bool CanWork,
    IReadOnlyList<TicketStatus> AllowedStatuses)
{
    /// <summary>The customer's rating from the satisfaction survey; null until rated.</summary>
    public Satisfaction.TicketRating? Rating { get; init; }
}

public sealed record NamedRef(Guid Id, string Name);

/// <summary>A conversation entry; <see cref="AuthorName"/> is the agent's or the customer's name.</summary>
public sealed record TicketMessageRow(
    Guid Id, int Sequence, TicketMessageKind Kind, Guid? AuthorUserId, string AuthorName, string? AuthorEmail,
    string Body, DateTime At);

/// <summary>A status history entry, as the SLA clock and the page read it.</summary>
public sealed record TicketStatusRow(
    int Sequence, TicketStatus? From, TicketStatus To, Guid? ById, string? ByName, DateTime At);

/// <summary>
/// A ticket as the new-ticket dialog sends it. A null <see cref="Priority"/> takes the queue's
/// default (Medium when it has none); a set <see cref="AssigneeId"/> skips the rules.
/// </summary>
public sealed record TicketInput(
    string Subject,
    string? Description,
    TicketChannel Channel,
    TicketCategory Category,
    TicketPriority? Priority,
    Guid QueueId)
{
    public Guid? AccountId { get; init; }

    public Guid? ContactId { get; init; }

    public string? RequesterName { get; init; }

    public string? RequesterEmail { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public Guid? OpportunityId { get; init; }

    public Guid? AssigneeId { get; init; }
}

/// <summary>Where a new ticket went: its number and assignee (null while it waits in its queue).</summary>
public sealed record NewTicket(Guid Id, int Number, Guid? AssigneeId, string? AssigneeName, AssignmentNote? Note);

/// <summary>What the ticket screens offer the user: queues they may file in, agents to assign to.</summary>
public sealed record TicketChoices(
    bool CanCreate,
    IReadOnlyList<QueueOption> Queues,
    IReadOnlyList<AgentOption> Agents);

public sealed record QueueOption(Guid Id, string Name, Guid TeamId, TicketPriority? DefaultPriority);

public sealed record AgentOption(Guid Id, string Name, Guid TeamId);
