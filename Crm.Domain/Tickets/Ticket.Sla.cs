using Crm.Domain.Common;
using Crm.Domain.Sla;

namespace Crm.Domain.Tickets;

// The SLA clocks as last evaluated, stored on the row so lists sort and filter by them. The
// clocks are computed outside (policy, calendar and history are not the ticket's to know);
// the ticket keeps the result and announces every change of it.
public sealed partial class Ticket
{
    public Guid? SlaPolicyId { get; private set; }

    public SlaState? FirstResponseSla { get; private set; }

    public DateTime? FirstResponseDueAt { get; private set; }

    public SlaState? ResolutionSla { get; private set; }

    public DateTime? ResolutionDueAt { get; private set; }

    /// <summary>When a clock's state next changes by time alone; what the deadline watcher waits for.</summary>
    public DateTime? SlaNextChangeAt { get; private set; }

    /// <summary>The stored clocks as one value.</summary>
    public TicketSla Sla => new(
        SlaPolicyId, FirstResponseSla, FirstResponseDueAt, ResolutionSla, ResolutionDueAt, SlaNextChangeAt);

    /// <summary>
    /// The moments the clocks are computed from: the opening, the first response and the
    /// pauses and reopens of <paramref name="history"/> (the complete status history, the rows
    /// recorded since loading included).
    /// </summary>
    public SlaTimeline SlaTimeline(IEnumerable<TicketStatusChange> history)
    {
        ArgumentNullException.ThrowIfNull(history);

        return SlaPhases.Timeline(
            OpenedAt, FirstRespondedAt,
            history.Select(c => new SlaPhaseChange(c.At, TicketSla.PhaseOf(c.ToStatus))));
    }

    /// <summary>
    /// Stores <paramref name="sla"/>; when it differs from the stored clocks records
    /// <see cref="TicketSlaChanged"/> with both and returns true. The same clocks again change nothing.
    /// </summary>
    public bool ApplySla(TicketSla sla, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(sla);
        var previous = Sla;
        if (sla == previous)
        {
            return false;
        }

        (SlaPolicyId, FirstResponseSla, FirstResponseDueAt) = (sla.PolicyId, sla.FirstResponseState,
            sla.FirstResponseDueAt);
        (ResolutionSla, ResolutionDueAt, SlaNextChangeAt) = (sla.ResolutionState, sla.ResolutionDueAt,
            sla.NextChangeAt);
        Record(new TicketSlaChanged(
            Id, NextVersion, Clock.Utc(at), Number, QueueId, TeamId, AssigneeId, AccountId, Status, Priority, sla,
            previous));

        return true;
    }

    /// <summary>Which escalations already acted on the ticket: each acts once per clock and trigger.</summary>
    public SlaEscalations SlaEscalated { get; private set; }

    /// <summary>
    /// The escalations due now: each clock at risk or breached whose escalation for that state has
    /// not acted yet, first-response clock first.
    /// </summary>
    public IReadOnlyList<(SlaClockKind Clock, SlaEscalationTrigger Trigger)> DueEscalations()
    {
        var due = new List<(SlaClockKind, SlaEscalationTrigger)>();
        foreach (var (clock, state) in new[]
                 { (SlaClockKind.FirstResponse, FirstResponseSla), (SlaClockKind.Resolution, ResolutionSla) })
        {
            SlaEscalationTrigger? trigger = state switch
            {
                SlaState.AtRisk => SlaEscalationTrigger.AtRisk,
                SlaState.Breached => SlaEscalationTrigger.Breached,
                _ => null,
            };
            if (trigger is { } on && !SlaEscalated.HasFlag(SlaEscalationFlags.Of(clock, on)))
            {
                due.Add((clock, on));
            }
        }

        return due;
    }

    /// <summary>
    /// Notes that the escalation of <paramref name="clock"/> for <paramref name="trigger"/> acted (a
    /// breach also settles the at-risk escalation it overtook) and records
    /// <see cref="TicketSlaEscalated"/> with what it did.
    /// </summary>
    public void RecordEscalation(
        SlaClockKind clock, SlaEscalationTrigger trigger, Guid? notifiedLeadId, TicketPriority? raisedTo,
        Guid? movedToQueueId, DateTime at)
    {
        SlaEscalated |= SlaEscalationFlags.Of(clock, trigger);
        if (trigger == SlaEscalationTrigger.Breached)
        {
            SlaEscalated |= SlaEscalationFlags.Of(clock, SlaEscalationTrigger.AtRisk);
        }

        Record(new TicketSlaEscalated(
            Id, NextVersion, Clock.Utc(at), Number, QueueId, TeamId, AssigneeId, AccountId, clock, trigger,
            notifiedLeadId, raisedTo, movedToQueueId));
    }

    /// <summary>Raises the priority one step for an escalation; null (nothing changed) when already Critical.</summary>
    public TicketPriority? RaisePriorityOneStep(DateTime at)
    {
        if (Priority == TicketPriority.Critical)
        {
            return null;
        }

        ChangePriority(Priority + 1, at);

        return Priority;
    }

    /// <summary>
    /// Moves the ticket to another queue for an escalation (no person did it); see
    /// <see cref="MoveToQueue"/>.
    /// </summary>
    public void EscalateToQueue(Guid queueId, Guid teamId, DateTime at) => Relocate(queueId, teamId, null, at);
}
