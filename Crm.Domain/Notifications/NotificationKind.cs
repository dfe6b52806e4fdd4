namespace Crm.Domain.Notifications;

/// <summary>
/// What a notification tells its reader. The value is stored, so members keep their numbers;
/// new kinds (reminders, alerts, escalations, mentions) take new numbers.
/// </summary>
public enum NotificationKind
{
    /// <summary>A lead was assigned to the recipient.</summary>
    LeadAssigned = 1,

    /// <summary>A lead is waiting in a queue of the recipient's team.</summary>
    LeadQueued = 2,

    /// <summary>Someone other than the owner moved the recipient's opportunity to another stage.</summary>
    OpportunityMovedByOther = 3,

    /// <summary>A ticket was assigned to the recipient, by a rule or a colleague.</summary>
    TicketAssigned = 4,

    /// <summary>A new ticket waits in a queue of the recipient's team: nobody could take it.</summary>
    TicketQueued = 5,

    /// <summary>An SLA clock of a ticket of the recipient's team is at risk (an escalation rule).</summary>
    TicketAtRisk = 6,

    /// <summary>An SLA clock of a ticket of the recipient's team is breached (an escalation rule).</summary>
    TicketBreached = 7,
}
