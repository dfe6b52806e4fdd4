using System.Collections.Immutable;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Displays.Boards;

/// <summary>
/// The live service boards wall displays show: one immutable <see cref="ServiceBoard"/> per
/// scope, built from the shared team ticket snapshot and the ticket facts, and rebuilt, bursts
/// coalesced, when a committed change touches it. No user is involved: the scope is the
/// display's, and the board holds only that team's (or queue's) tickets.
/// </summary>
public interface IServiceBoards
{
    /// <summary>
    /// Holds the board of <paramref name="scope"/>, building it first if no screen holds it yet.
    /// <paramref name="onChanged"/> runs on a background thread after every newer board and must
    /// only schedule work. An unknown team, or a queue not of that team, is
    /// <see cref="Common.NotFoundException"/>.
    /// </summary>
    Task<IBoardWatch<ServiceBoard>> WatchAsync(
        ServiceBoardScope scope, Action onChanged, CancellationToken cancellationToken = default);
}

/// <summary>A support team, optionally one of its queues.</summary>
public sealed record ServiceBoardScope(Guid TeamId, Guid? QueueId);

/// <summary>One state of a service board; <see cref="UpdatedAt"/> (UTC) is when it was built.</summary>
public sealed record ServiceBoard(
    ServiceBoardScope Scope,
    ImmutableArray<QueueCell> Queue,
    ImmutableArray<SlaTicket> AtRisk,
    ImmutableArray<AgentOnDuty> Agents,
    ServiceToday Today,
    SatisfactionToday Satisfaction,
    DateTime UpdatedAt);

/// <summary>How many open tickets have this status and priority (cells with none are left out).</summary>
public sealed record QueueCell(TicketStatus Status, TicketPriority Priority, int Count);

/// <summary>Which SLA target a countdown runs to.</summary>
public enum SlaGoal
{
    FirstResponse = 1,
    Resolution = 2,
}

/// <summary>
/// An open ticket at risk of missing its SLA or past it: the target it runs to and its due
/// moment (UTC), so the screen counts down (or up, once breached) by itself.
/// </summary>
public sealed record SlaTicket(
    Guid Id,
    int Number,
    string Subject,
    TicketPriority Priority,
    string? AssigneeName,
    SlaGoal Goal,
    DateTime DueAt,
    bool Breached);

/// <summary>An agent of the team, their availability now and how many open tickets they hold.</summary>
public sealed record AgentOnDuty(Guid UserId, string Name, Availability Availability, int OpenTickets);

/// <summary>Tickets opened and resolved on the organisation's today.</summary>
public sealed record ServiceToday(int Opened, int Resolved);

/// <summary>Ratings received today (1 to 5): how many, their average (null: none), and how many were 4 or 5.</summary>
public sealed record SatisfactionToday(int Ratings, decimal? Average, int Satisfied);
