namespace Crm.Infrastructure.Tickets.Satisfaction;

/// <summary>
/// The service desk's satisfaction and complaint figures over the tickets the user may see
/// (ticket visibility: an agent their team's, a lead their teams', an admin all), computed in
/// the database.
/// </summary>
public interface ISatisfactionReport
{
    /// <summary>
    /// Ratings given in the last <paramref name="days"/> days (count, average, 1–5 distribution,
    /// the latest low ones), open complaints with the oldest first, and the average handling time
    /// of complaints resolved in the period. Throws <see cref="ForbiddenException"/> for users who
    /// do not work tickets (sales and marketing).
    /// </summary>
    Task<SatisfactionSummary> SummaryAsync(int days = 30, CancellationToken cancellationToken = default);
}

/// <param name="Distribution">Ratings given per star, index 0 for 1 star through index 4 for 5 stars.</param>
/// <param name="OpenComplaints">The oldest open complaints, at most <see cref="ListLength"/>.</param>
public sealed record SatisfactionSummary(
    DateTime Since,
    int RatingCount,
    double? AverageRating,
    IReadOnlyList<int> Distribution,
    IReadOnlyList<RatedTicketRow> LowRatings,
    int OpenComplaintCount,
    IReadOnlyList<OpenComplaintRow> OpenComplaints,
    int ResolvedComplaintCount,
    TimeSpan? AverageComplaintHandling)
{
    public const int ListLength = 10;

    /// <summary>Share of 4 and 5 star ratings (the usual CSAT score), 0–1; null without ratings.</summary>
    public double? SatisfiedShare =>
        RatingCount == 0 ? null : (Distribution[3] + Distribution[4]) / (double)RatingCount;
}

public sealed record RatedTicketRow(int Number, string Subject, int Rating, string? Comment, DateTime RatedAt);

public sealed record OpenComplaintRow(
    int Number, string Subject, Domain.Tickets.TicketStatus Status, string? AssigneeName, DateTime OpenedAt);

/// <summary>The customer's rating of a ticket as its page shows it.</summary>
public sealed record TicketRating(int Stars, string? Comment, DateTime RatedAt)
{
    public static TicketRating? Of(Domain.Tickets.Ticket ticket) =>
        ticket.Rating is { } stars && ticket.RatedAt is { } at
            ? new TicketRating(stars, ticket.RatingComment, at)
            : null;
}
