using Crm.Domain.Sla;

namespace Crm.Domain.Tickets;

/// <summary>
/// Where a ticket's SLA clocks stood when it was last evaluated, as the ticket row stores it so
/// lists sort and filter without computing: the policy, each clock's state and due moment, and
/// the next instant a state changes by time alone (<see cref="NextChangeAt"/>, what the deadline
/// watcher sleeps until). <see cref="None"/> for a ticket no policy covers.
/// </summary>
/// <param name="PolicyId">The policy used; null when none covers the ticket's priority and tier.</param>
/// <param name="FirstResponseState">The first-response clock's state; null without a policy.</param>
/// <param name="FirstResponseDueAt">Its deadline; null while paused short of it, or without a policy.</param>
/// <param name="ResolutionState">The resolution clock's state; null without a policy.</param>
/// <param name="ResolutionDueAt">Its deadline, on the same terms.</param>
/// <param name="NextChangeAt">The earlier of the two clocks' next changes; null when only an edit changes them.</param>
public sealed record TicketSla(
    Guid? PolicyId,
    SlaState? FirstResponseState,
    DateTime? FirstResponseDueAt,
    SlaState? ResolutionState,
    DateTime? ResolutionDueAt,
    DateTime? NextChangeAt)
{
    /// <summary>No policy covers the ticket: no clocks.</summary>
    public static readonly TicketSla None = new(null, null, null, null, null, null);

    /// <summary>The stored form of <paramref name="status"/>, evaluated under <paramref name="policyId"/>.</summary>
    public static TicketSla Of(Guid policyId, SlaStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);

        return new TicketSla(
            policyId, status.FirstResponse.State, status.FirstResponse.DueAt, status.Resolution.State,
            status.Resolution.DueAt, status.NextChangeAt);
    }

    /// <summary>
    /// Whether a clock the ticket still waits on is at risk or breached: the first response while
    /// nobody has <paramref name="answered"/>, the resolution while the ticket is open (the
    /// caller's part). A late first response stays Breached but no longer needs anyone.
    /// </summary>
    public bool IsAtRisk(bool answered) =>
        (!answered && FirstResponseState is SlaState.AtRisk or SlaState.Breached)
        || ResolutionState is SlaState.AtRisk or SlaState.Breached;

    /// <summary>The SLA priority of a ticket priority: the same name (docs/sla.md).</summary>
    public static SlaPriority PriorityOf(TicketPriority priority) => priority switch
    {
        TicketPriority.Low => SlaPriority.Low,
        TicketPriority.Medium => SlaPriority.Medium,
        TicketPriority.High => SlaPriority.High,
        TicketPriority.Critical => SlaPriority.Critical,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority."),
    };

    /// <summary>What a status means to the clocks: New, Open, Escalated run; waiting pauses; done resolves.</summary>
    public static SlaPhase PhaseOf(TicketStatus status) => status switch
    {
        TicketStatus.PendingCustomer or TicketStatus.OnHold => SlaPhase.Paused,
        TicketStatus.Resolved or TicketStatus.Closed => SlaPhase.Resolved,
        _ => SlaPhase.Running,
    };
}
