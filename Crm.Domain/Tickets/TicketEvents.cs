using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

// Every ticket event carries the number, queue, team, assignee and account, so a live
// subscriber can apply ticket visibility and pick its lists without reading the database.
// Sales roles see tickets by account owner, which events do not carry: a subscriber for them
// resolves AccountId against the accounts it may see.

/// <summary>A ticket arrived, already routed: <see cref="AssigneeId"/> is null while it waits in its queue.</summary>
public sealed record TicketCreated(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, TicketStatus Status, TicketPriority Priority, TicketCategory Category, TicketChannel Channel)
    : IDomainEvent;

/// <summary>Subject, description, category, priority, tags or the opportunity link changed.</summary>
public sealed record TicketChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, TicketStatus Status, TicketPriority Priority) : IDomainEvent;

/// <summary>The ticket entered <see cref="Status"/>; <see cref="ById"/> is null for a customer reply.</summary>
public sealed record TicketStatusChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, TicketStatus PreviousStatus, TicketStatus Status, Guid? ById) : IDomainEvent;

/// <summary>
/// The ticket got another assignee (null: back in its queue), by a rule (<see cref="ById"/> null,
/// <see cref="RuleName"/> set) or by hand.
/// </summary>
public sealed record TicketAssigned(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, Guid? PreviousAssigneeId, Guid? ById, string RuleName) : IDomainEvent;

/// <summary>The ticket moved to another queue (and perhaps another team); its assignee may have been cleared.</summary>
public sealed record TicketMovedToQueue(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, Guid PreviousQueueId, Guid PreviousTeamId, Guid? PreviousAssigneeId) : IDomainEvent;

/// <summary>A conversation entry was added (its text stays in the database).</summary>
public sealed record TicketMessageAdded(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, Guid MessageId, TicketMessageKind Kind, Guid? AuthorUserId) : IDomainEvent;

/// <summary>
/// The customer rated the ticket (1–5) through its satisfaction survey; the comment stays in the database.
/// </summary>
public sealed record TicketRated(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, int Rating) : IDomainEvent;
