namespace Crm.Infrastructure.Tickets.Satisfaction;

/// <summary>
/// The invitation to rate one resolution of a ticket. Created in the transaction that resolves
/// the ticket; its link's token is issued when the mail goes out and only its SHA-256 hash is
/// kept (<see cref="TokenHash"/>). It is answered once, expires, and is superseded when the
/// ticket is resolved again.
/// </summary>
internal sealed class SatisfactionSurvey
{
    public const int TokenHashLength = 64;

    private SatisfactionSurvey()
    {
    }

    public SatisfactionSurvey(Guid ticketId, DateTime createdAt, DateTime expiresAt)
    {
        Id = Guid.CreateVersion7();
        TicketId = ticketId;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid TicketId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the link's token; null until the mail with the link is written.</summary>
    public string? TokenHash { get; private set; }

    public DateTime? IssuedAt { get; private set; }

    /// <summary>When the customer answered; a survey is answered once.</summary>
    public DateTime? AnsweredAt { get; private set; }

    /// <summary>When a later resolution of the ticket replaced this survey.</summary>
    public DateTime? SupersededAt { get; private set; }

    /// <summary>What the link of <paramref name="token"/> shows now, by the rules alone.</summary>
    public SurveyState StateAt(DateTime now) =>
        AnsweredAt is not null ? SurveyState.Used
        : SupersededAt is not null ? SurveyState.NotValid
        : ExpiresAt <= now ? SurveyState.Expired
        : SurveyState.Open;

    /// <summary>Gives the survey the hash of a new token; a token issued before stops working.</summary>
    public void Issue(string tokenHash, DateTime at)
    {
        TokenHash = tokenHash;
        IssuedAt = at;
    }

    public void Supersede(DateTime at) => SupersededAt ??= at;
}

/// <summary>What a survey link leads to.</summary>
public enum SurveyState
{
    /// <summary>The customer may rate the ticket.</summary>
    Open = 1,

    /// <summary>The link was used; the rating is stored.</summary>
    Used = 2,

    /// <summary>The link is past its lifetime.</summary>
    Expired = 3,

    /// <summary>Unknown, malformed, or replaced by a later survey of the same ticket.</summary>
    NotValid = 4,
}
