using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

/// <summary>The clock state an escalation rule acts on.</summary>
public enum SlaEscalationTrigger
{
    AtRisk = 1,
    Breached = 2,
}

/// <summary>
/// What an escalation does: tell the lead of the ticket's team (an in-app notification), raise
/// the priority one step (Critical stays Critical), and/or move the ticket to another queue.
/// </summary>
public sealed record SlaEscalationActions(bool NotifyLead, bool RaisePriority, Guid? MoveToQueueId)
{
    public static readonly SlaEscalationActions Nothing = new(false, false, null);

    public bool DoesAnything => NotifyLead || RaisePriority || MoveToQueueId is not null;
}

/// <summary>
/// The escalation of tickets of one priority when one of their SLA clocks turns at risk or is
/// breached. Priority and trigger are the rule's cell and never change; there is at most one
/// rule per cell (the service derives its id from the cell). A ticket is escalated once per clock and trigger.
/// </summary>
public sealed class SlaEscalationRule : AggregateRoot
{
    private SlaEscalationRule(Guid id)
        : base(id)
    {
    }

    public TicketPriority Priority { get; private set; }

    public SlaEscalationTrigger Trigger { get; private set; }

    public bool NotifyLead { get; private set; }

    public bool RaisePriority { get; private set; }

    /// <summary>The queue the ticket moves to; null to leave it where it is.</summary>
    public Guid? MoveToQueueId { get; private set; }

    public SlaEscalationActions Actions => new(NotifyLead, RaisePriority, MoveToQueueId);

    /// <summary>A rule for the cell; throws <see cref="DomainException"/> for an unknown priority or trigger.</summary>
    public static SlaEscalationRule Create(
        Guid id, TicketPriority priority, SlaEscalationTrigger trigger, SlaEscalationActions actions, DateTime at)
    {
        if (!Enum.IsDefined(priority) || !Enum.IsDefined(trigger))
        {
            throw new DomainException("Priority.invalid", "Choose a priority and a trigger.", "Priority");
        }

        var rule = new SlaEscalationRule(id) { Priority = priority, Trigger = trigger };
        rule.Change(actions, at);

        return rule;
    }

    /// <summary>Replaces what the rule does; the same actions again change nothing.</summary>
    public void Change(SlaEscalationActions actions, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.MoveToQueueId == Guid.Empty)
        {
            throw new DomainException("MoveToQueue.invalid", "Choose a queue.", "MoveToQueue");
        }

        if (actions == Actions && Version > 0)
        {
            return;
        }

        (NotifyLead, RaisePriority, MoveToQueueId) = (actions.NotifyLead, actions.RaisePriority, actions.MoveToQueueId);
        Record(new SlaEscalationRuleChanged(Id, NextVersion, Clock.Utc(at), Priority, Trigger));
    }
}

/// <summary>An escalation rule was created or changed.</summary>
public sealed record SlaEscalationRuleChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, TicketPriority Priority, SlaEscalationTrigger Trigger)
    : IDomainEvent;
