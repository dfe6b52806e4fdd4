using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Satisfaction;

internal sealed class SatisfactionReport(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility visibility,
    TimeProvider clock) : ISatisfactionReport
{
    private const int LowRating = 2;

    public async Task<SatisfactionSummary> SummaryAsync(int days = 30, CancellationToken cancellationToken = default)
    {
        await using var session = await TicketSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
        if (!session.Access.CanWork)
        {
            throw new ForbiddenException("Only the service desk sees its satisfaction figures.");
        }

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Clamp(days, 1, 366));
        var tickets = visibility.Tickets(session.Db, session.Access).AsNoTracking();

        var distribution = await DistributionAsync(tickets, since, cancellationToken);
        var count = distribution.Sum();
        double? average = count == 0 ? null : distribution.Select((n, i) => n * (i + 1.0)).Sum() / count;
        var (resolved, handling) = await HandlingAsync(tickets, since, cancellationToken);

        return new SatisfactionSummary(
            since, count, average, distribution, await LowRatingsAsync(tickets, since, cancellationToken),
            await OpenComplaints(tickets).CountAsync(cancellationToken),
            await OpenComplaintsAsync(tickets, session.Db, cancellationToken), resolved, handling);
    }

    // One grouped count over the ratings of the period (index on RatedAt).
    private static async Task<int[]> DistributionAsync(
        IQueryable<Ticket> tickets, DateTime since, CancellationToken cancellationToken)
    {
        var counts = await tickets.Where(t => t.RatedAt >= since && t.Rating != null)
            .GroupBy(t => t.Rating!.Value)
            .Select(g => new { Rating = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var distribution = new int[Ticket.MaxRating];
        foreach (var row in counts.Where(r => r.Rating is >= Ticket.MinRating and <= Ticket.MaxRating))
        {
            distribution[row.Rating - 1] = row.Count;
        }

        return distribution;
    }

    private static Task<List<RatedTicketRow>> LowRatingsAsync(
        IQueryable<Ticket> tickets, DateTime since, CancellationToken cancellationToken) =>
        tickets.Where(t => t.RatedAt >= since && t.Rating <= LowRating)
            .OrderByDescending(t => t.RatedAt).Take(SatisfactionSummary.ListLength)
            .Select(t => new RatedTicketRow(t.Number, t.Subject, t.Rating!.Value, t.RatingComment, t.RatedAt!.Value))
            .ToListAsync(cancellationToken);

    private static IQueryable<Ticket> OpenComplaints(IQueryable<Ticket> tickets)
    {
        var open = TicketStatusRules.OpenStatuses.ToList();

        return tickets.Where(t => t.Category == TicketCategory.Complaint && open.Contains(t.Status));
    }

    private static Task<List<OpenComplaintRow>> OpenComplaintsAsync(
        IQueryable<Ticket> tickets, CrmDbContext db, CancellationToken cancellationToken) =>
        OpenComplaints(tickets).OrderBy(t => t.OpenedAt).Take(SatisfactionSummary.ListLength)
            .Select(t => new OpenComplaintRow(
                t.Number, t.Subject, t.Status,
                db.CrmUsers.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
                t.OpenedAt))
            .ToListAsync(cancellationToken);

    // SQLite stores moments as text and EF translates no date difference there, so the database
    // narrows to the period's resolved complaints (index on Category, ResolvedAt) and returns their
    // two moments; the mean is taken here. The read grows with one month's complaints, not the table.
    private static async Task<(int Count, TimeSpan? Average)> HandlingAsync(
        IQueryable<Ticket> tickets, DateTime since, CancellationToken cancellationToken)
    {
        var moments = await tickets
            .Where(t => t.Category == TicketCategory.Complaint && t.ResolvedAt >= since)
            .Select(t => new { t.OpenedAt, ResolvedAt = t.ResolvedAt!.Value })
            .ToListAsync(cancellationToken);
        if (moments.Count == 0)
        {
            return (0, null);
        }

        var ticks = moments.Average(m => (double)(m.ResolvedAt - m.OpenedAt).Ticks);

        return (moments.Count, TimeSpan.FromTicks((long)ticks));
    }
}
