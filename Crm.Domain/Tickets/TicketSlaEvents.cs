using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

/// <summary>
/// The ticket's SLA clocks changed: by an edit (recorded in the same save, with the same
/// version, as the edit's own event), by time passing (the deadline watcher), or because a
/// policy or calendar changed. <see cref="Sla"/> carries the due moments and states a live
/// countdown or lane needs; <see cref="Previous"/> what they were, so a subscriber sees a
/// clock turn at risk or breached without reading the database.
/// </summary>
public sealed record TicketSlaChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, TicketStatus Status, TicketPriority Priority, TicketSla Sla, TicketSla Previous)
    : IDomainEvent;

/// <summary>
/// An escalation rule acted on the ticket because <see cref="Clock"/> turned
/// <see cref="Trigger"/>: <see cref="NotifiedLeadId"/> was told (null: nobody),
/// <see cref="RaisedTo"/> is the new priority (null: unchanged), <see cref="MovedToQueueId"/> the
/// queue it went to (null: stayed).
/// </summary>
public sealed record TicketSlaEscalated(
    Guid AggregateId, int Version, DateTime OccurredAt, int Number, Guid QueueId, Guid TeamId, Guid? AssigneeId,
    Guid? AccountId, Sla.SlaClockKind Clock, SlaEscalationTrigger Trigger, Guid? NotifiedLeadId,
    TicketPriority? RaisedTo, Guid? MovedToQueueId) : IDomainEvent;
