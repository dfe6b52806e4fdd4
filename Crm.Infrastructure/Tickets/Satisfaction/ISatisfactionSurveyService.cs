namespace Crm.Infrastructure.Tickets.Satisfaction;

/// <summary>
/// The customer's side of a survey link, without sign-in. Shows only the ticket's number and
/// subject, and only while the link is open.
/// </summary>
public interface ISatisfactionSurveyService
{
    /// <summary>What the link of <paramref name="token"/> leads to now; never throws for a bad token.</summary>
    Task<SurveyLookup> FindAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="rating"/> (1–5) and the optional comment (at most 2,000 characters)
    /// on the link's ticket, once: of two answers of one link exactly one is recorded
    /// (<see cref="SurveyLookup.Recorded"/>); the other, and any answer of a used, expired or
    /// superseded link, stores nothing and returns its state. A rating out of range or a comment
    /// too long throws <see cref="Domain.Common.DomainException"/> naming the field, storing nothing.
    /// </summary>
    Task<SurveyLookup> AnswerAsync(
        string? token, int rating, string? comment, CancellationToken cancellationToken = default);
}

/// <summary>
/// A survey link's state; <see cref="Number"/> and <see cref="Subject"/> are set only while it is
/// <see cref="SurveyState.Open"/> and right after it was answered (<see cref="Recorded"/>).
/// </summary>
public sealed record SurveyLookup(SurveyState State, int? Number = null, string? Subject = null)
{
    /// <summary>True for the answer that was stored by this call.</summary>
    public bool Recorded { get; init; }

    public static readonly SurveyLookup NotValid = new(SurveyState.NotValid);
}
