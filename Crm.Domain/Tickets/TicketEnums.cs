namespace Crm.Domain.Tickets;

// Stored as numbers: members keep their values, new ones take new numbers.

/// <summary>How the customer reached us.</summary>
public enum TicketChannel
{
    Phone = 1,
    Email = 2,
    Chat = 3,
    WeChat = 4,
    WebForm = 5,
    Social = 6,
}

/// <summary>What the ticket is about. Complaints are tracked with their handling time.</summary>
public enum TicketCategory
{
    Question = 1,
    Problem = 2,
    Incident = 3,
    Request = 4,
    Complaint = 5,
    Feedback = 6,
}

/// <summary>How urgent the ticket is; SLA targets follow it.</summary>
public enum TicketPriority
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

/// <summary>
/// Where a ticket stands. <see cref="PendingCustomer"/> and <see cref="OnHold"/> pause the SLA
/// clock; <see cref="Resolved"/> reopens on a customer reply; <see cref="Closed"/> is final.
/// </summary>
public enum TicketStatus
{
    New = 1,
    Open = 2,
    PendingCustomer = 3,
    OnHold = 4,
    Escalated = 5,
    Resolved = 6,
    Closed = 7,
}

/// <summary>Who wrote a conversation entry, and who reads it.</summary>
public enum TicketMessageKind
{
    /// <summary>An agent's answer; the customer receives it.</summary>
    PublicReply = 1,

    /// <summary>For colleagues only; never sent to the customer.</summary>
    InternalNote = 2,

    /// <summary>Written by the customer (mail, chat, form, or typed in from a call).</summary>
    CustomerMessage = 3,
}

/// <summary>Where a customer's reply to a ticket belongs.</summary>
public enum CustomerReplyTarget
{
    /// <summary>On this ticket (a resolved one reopens, a pending one opens again).</summary>
    ThisTicket = 1,

    /// <summary>The ticket is closed: the reply opens a new ticket linked to it.</summary>
    NewLinkedTicket = 2,
}
