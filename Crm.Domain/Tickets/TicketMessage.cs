using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

/// <summary>
/// One entry of a ticket's conversation: a public reply, an internal note or a customer
/// message, with its author (a user, or the customer's name and email) and the business moment
/// it was written. Entries are only ever appended, in <see cref="Sequence"/> order, and are not
/// loaded with the ticket.
/// </summary>
public sealed class TicketMessage
{
    public const int MaxBodyLength = 20_000;

    private TicketMessage()
    {
        Body = "";
    }

    internal TicketMessage(
        Guid ticketId, int sequence, TicketMessageKind kind, Guid? authorUserId, string? authorName,
        string? authorEmail, string body, DateTime at)
        : this()
    {
        Id = Guid.CreateVersion7();
        TicketId = ticketId;
        Sequence = sequence;
        Kind = kind;
        AuthorUserId = authorUserId;
        AuthorName = Guard.Optional(authorName, "AuthorName", 100);
        AuthorEmail = Guard.Email(authorEmail, "AuthorEmail");
        Body = Guard.Required(body, "Body", MaxBodyLength);
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid TicketId { get; private set; }

    /// <summary>1 for the first entry, then one more for each.</summary>
    public int Sequence { get; private set; }

    public TicketMessageKind Kind { get; private set; }

    /// <summary>The agent who wrote a reply or note; null for a customer message.</summary>
    public Guid? AuthorUserId { get; private set; }

    /// <summary>The customer's name as they gave it; null for an agent's entry.</summary>
    public string? AuthorName { get; private set; }

    public string? AuthorEmail { get; private set; }

    public string Body { get; private set; }

    /// <summary>When it was written (UTC business time).</summary>
    public DateTime At { get; private set; }
}
