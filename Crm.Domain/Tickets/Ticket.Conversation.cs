using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

// The conversation: replies and notes by agents, messages from the customer.
public sealed partial class Ticket
{
    /// <summary>The first public reply by an agent (UTC); the first-response SLA stops here.</summary>
    public DateTime? FirstRespondedAt { get; private set; }

    /// <summary>When the customer last wrote (UTC); null until they do.</summary>
    public DateTime? LastCustomerMessageAt { get; private set; }

    /// <summary>Where a reply from the customer belongs: this ticket, or a new one linked to it once closed.</summary>
    public CustomerReplyTarget CustomerReplyTarget =>
        Status == TicketStatus.Closed ? CustomerReplyTarget.NewLinkedTicket : CustomerReplyTarget.ThisTicket;

    /// <summary>
    /// An agent answers the customer. The first one sets <see cref="FirstRespondedAt"/>; a new
    /// ticket becomes Open. Returns the entry, which is saved with the ticket.
    /// </summary>
    public TicketMessage Reply(Guid authorId, string body, DateTime at)
    {
        EnsureNotClosed();
        var when = Clock.Utc(at);
        var message = Append(TicketMessageKind.PublicReply, Guard.NotEmpty(authorId, "Author"), null, null, body, when);
        FirstRespondedAt ??= when;
        if (Status == TicketStatus.New)
        {
            MoveTo(TicketStatus.Open, authorId, when);
        }

        return message;
    }

    /// <summary>An agent writes a note for colleagues; the status does not change.</summary>
    public TicketMessage AddNote(Guid authorId, string body, DateTime at)
    {
        EnsureNotClosed();

        return Append(
            TicketMessageKind.InternalNote, Guard.NotEmpty(authorId, "Author"), null, null, body, Clock.Utc(at));
    }

    /// <summary>
    /// The customer wrote. A resolved ticket reopens and one waiting on the customer opens again
    /// (the history says the customer did it). A closed ticket refuses ("Ticket.closed"): ask
    /// <see cref="CustomerReplyTarget"/> first and open a follow-up with <see cref="FollowUpDraft"/>.
    /// </summary>
    public TicketMessage AddCustomerMessage(string? authorName, string? authorEmail, string body, DateTime at)
    {
        EnsureNotClosed();
        var when = Clock.Utc(at);
        var message = Append(TicketMessageKind.CustomerMessage, null, authorName, authorEmail, body, when);
        LastCustomerMessageAt = when;
        if (Status is TicketStatus.Resolved or TicketStatus.PendingCustomer)
        {
            MoveTo(TicketStatus.Open, null, when);
        }

        return message;
    }

    /// <summary>
    /// A new ticket for a customer who replied to this closed one: same customer, queue, channel,
    /// category and priority, the subject as it was, linked back through
    /// <see cref="FollowUpOfTicketId"/>. The reply itself becomes its description.
    /// </summary>
    public TicketDraft FollowUpDraft(string body) => new(
        Subject, body, Channel, Category, Priority, QueueId, TeamId)
    {
        AccountId = AccountId,
        ContactId = ContactId,
        RequesterName = RequesterName,
        RequesterEmail = RequesterEmail,
        Tags = Tags,
        FollowUpOfTicketId = Id,
    };

    private TicketMessage Append(
        TicketMessageKind kind, Guid? authorId, string? name, string? email, string body, DateTime when)
    {
        var message = new TicketMessage(Id, MessageCount + 1, kind, authorId, name, email, body, when);
        MessageCount++;
        _messages.Add(message);
        Record(new TicketMessageAdded(
            Id, NextVersion, when, Number, QueueId, TeamId, AssigneeId, AccountId, message.Id, kind, authorId));

        return message;
    }
}
