namespace Crm.Domain.Tickets;

/// <summary>
/// Which status a ticket may move to from which. Agents move tickets between the working
/// statuses (New, Open, PendingCustomer, OnHold, Escalated) and resolve them from any of those;
/// a resolved ticket closes or reopens; a closed ticket never changes again.
/// </summary>
public static class TicketStatusRules
{
    private static readonly TicketStatus[] Working =
    [
        TicketStatus.New, TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.OnHold,
        TicketStatus.Escalated,
    ];

    /// <summary>Statuses in which the ticket still waits for work: it counts as open.</summary>
    public static IReadOnlyList<TicketStatus> OpenStatuses => Working;

    public static bool IsOpen(TicketStatus status) => Working.Contains(status);

    /// <summary>The statuses reachable from <paramref name="from"/> by an agent, in display order.</summary>
    public static IReadOnlyList<TicketStatus> AllowedFrom(TicketStatus from) => from switch
    {
        TicketStatus.New =>
            [TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.OnHold, TicketStatus.Escalated,
                TicketStatus.Resolved],
        TicketStatus.Open =>
            [TicketStatus.PendingCustomer, TicketStatus.OnHold, TicketStatus.Escalated, TicketStatus.Resolved],
        TicketStatus.PendingCustomer =>
            [TicketStatus.Open, TicketStatus.OnHold, TicketStatus.Escalated, TicketStatus.Resolved],
        TicketStatus.OnHold =>
            [TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.Escalated, TicketStatus.Resolved],
        TicketStatus.Escalated =>
            [TicketStatus.Open, TicketStatus.PendingCustomer, TicketStatus.OnHold, TicketStatus.Resolved],
        TicketStatus.Resolved => [TicketStatus.Open, TicketStatus.Closed],
        _ => [],
    };

    public static bool Allows(TicketStatus from, TicketStatus to) => AllowedFrom(from).Contains(to);
}
