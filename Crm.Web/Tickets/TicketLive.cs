using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets;

namespace Crm.Web.Tickets;

/// <summary>Which ticket events a screen cares about, read from the event alone (no database read).</summary>
internal static class TicketLive
{
    /// <summary>The team, queue and assignee a ticket event carries; null for other events.</summary>
    public static (Guid TeamId, Guid? AssigneeId)? Placement(IDomainEvent domainEvent) => domainEvent switch
    {
        TicketCreated e => (e.TeamId, e.AssigneeId),
        TicketChanged e => (e.TeamId, e.AssigneeId),
        TicketStatusChanged e => (e.TeamId, e.AssigneeId),
        TicketAssigned e => (e.TeamId, e.AssigneeId ?? e.PreviousAssigneeId),
        TicketMovedToQueue e => (e.TeamId, e.AssigneeId ?? e.PreviousAssigneeId),
        TicketSlaChanged e => (e.TeamId, e.AssigneeId),
        TicketRated e => (e.TeamId, e.AssigneeId),
        _ => null,
    };

    /// <summary>
    /// An event of a team whose queues the user files in, or of a ticket assigned to them.
    /// Read-only users (sales) have no queues: their lists refresh when they reload.
    /// </summary>
    public static bool Concerns(IDomainEvent domainEvent, TicketChoices choices, Guid me) =>
        Placement(domainEvent) is { } placement
        && (placement.AssigneeId == me || choices.Queues.Any(q => q.TeamId == placement.TeamId)
            || (domainEvent is TicketMovedToQueue moved && choices.Queues.Any(q => q.TeamId == moved.PreviousTeamId)));

    /// <summary>Whether the event is one of the ticket's own, newer than the version shown.</summary>
    public static bool IsNewerFor(IDomainEvent domainEvent, Guid ticketId, int shownVersion) =>
        domainEvent.AggregateId == ticketId && domainEvent.Version > shownVersion
        && (Placement(domainEvent) is not null || domainEvent is TicketMessageAdded);
}
