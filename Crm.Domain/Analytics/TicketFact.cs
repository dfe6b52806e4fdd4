using System.Collections.Immutable;
using Crm.Domain.Tickets;

namespace Crm.Domain.Analytics;

/// <summary>
/// One ticket as the service dashboards read it: an immutable row of the in-memory ticket fact
/// table. Times are UTC instants; durations are working time on the ticket's SLA calendar (the
/// calendar of its policy, or the organisation's working week when it has no policy).
/// </summary>
public sealed record TicketFact
{
    public required Guid Id { get; init; }

    public required int Version { get; init; }

    public required int Number { get; init; }

    public required TicketChannel Channel { get; init; }

    public required TicketCategory Category { get; init; }

    public required TicketPriority Priority { get; init; }

    public required TicketStatus Status { get; init; }

    public required Guid QueueId { get; init; }

    public required Guid TeamId { get; init; }

    public required Guid? AssigneeId { get; init; }

    public required Guid? AccountId { get; init; }

    public required DateTime OpenedAt { get; init; }

    public required DateTime? FirstRespondedAt { get; init; }

    /// <summary>When it was last resolved; null while unresolved (a reopened ticket clears it).</summary>
    public required DateTime? ResolvedAt { get; init; }

    public required DateTime? ClosedAt { get; init; }

    /// <summary>Working time from opening to the first public reply; null before it.</summary>
    public required TimeSpan? FirstResponseTime { get; init; }

    /// <summary>Working time from opening to the last resolution; null while unresolved.</summary>
    public required TimeSpan? ResolutionTime { get; init; }

    /// <summary>Whether the first-response target was met; null without a target or before it is decided.</summary>
    public required bool? FirstResponseMet { get; init; }

    /// <summary>Whether the resolution target was met; null without a target or before it is decided.</summary>
    public required bool? ResolutionMet { get; init; }

    public required int ReopenCount { get; init; }

    /// <summary>The customer's satisfaction rating, 1–5, once given.</summary>
    public required int? Rating { get; init; }

    public required DateTime? RatedAt { get; init; }

    /// <summary>
    /// The spans in which the ticket was unresolved, oldest first (a reopened ticket has one
    /// more); the last has no end while it is still unresolved. Backlog over time counts these.
    /// </summary>
    public required ImmutableArray<OpenSpan> OpenSpans { get; init; }

    public bool IsComplaint => Category == TicketCategory.Complaint;
}

/// <summary>A span in which a ticket was unresolved: from <see cref="From"/> to <see cref="To"/>, or still.</summary>
public readonly record struct OpenSpan(DateTime From, DateTime? To);
