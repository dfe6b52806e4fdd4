using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

// The customer's rating of how the ticket was handled, given through a satisfaction survey
// after the resolution. A later survey (after a reopen and a new resolution) replaces it.
public sealed partial class Ticket
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxRatingCommentLength = 2_000;

    /// <summary>The customer's rating, 1 (very dissatisfied) to 5 (very satisfied); null until rated.</summary>
    public int? Rating { get; private set; }

    /// <summary>What the customer wrote with the rating, if anything.</summary>
    public string? RatingComment { get; private set; }

    /// <summary>When the customer rated the ticket (UTC).</summary>
    public DateTime? RatedAt { get; private set; }

    /// <summary>
    /// Records the customer's <paramref name="rating"/> (1–5) and optional comment (at most
    /// 2,000 characters) on a Resolved or Closed ticket, replacing an earlier rating, and records
    /// <see cref="TicketRated"/>. Throws <see cref="DomainException"/> for a rating out of range
    /// ("Rating"), a comment too long ("Comment"), a ticket not resolved ("Status") or a moment
    /// before the resolution ("At").
    /// </summary>
    public void Rate(int rating, string? comment, DateTime at)
    {
        if (rating is < MinRating or > MaxRating)
        {
            throw new DomainException("Rating.out-of-range", "A rating is from 1 to 5.", "Rating");
        }

        var text = Guard.Optional(comment, "Comment", MaxRatingCommentLength);
        if (Status is not (TicketStatus.Resolved or TicketStatus.Closed) || ResolvedAt is not { } resolved)
        {
            throw new DomainException("Rating.not-resolved", "Only a resolved ticket can be rated.", "Status");
        }

        var when = Clock.Utc(at);
        if (when < resolved)
        {
            throw new DomainException("At.before-resolution", "A rating cannot precede the resolution.", "At");
        }

        (Rating, RatingComment, RatedAt) = (rating, text, when);
        Record(new TicketRated(Id, NextVersion, when, Number, QueueId, TeamId, AssigneeId, AccountId, rating));
    }
}
