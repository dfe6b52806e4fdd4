using Crm.Domain.Activities;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

/// <summary>
/// The activities that count toward activity targets (<see cref="ActivityCounting"/>) logged in a
/// period by the given people, per person, counted in SQL by the (logged by, occurred at) index.
/// Activities of deleted accounts drop out, as those accounts' opportunities drop out of the facts.
/// </summary>
internal static class ActivityTally
{
    public static async Task<IReadOnlyDictionary<Guid, int>> CountAsync(
        CrmDbContext db, FiscalPeriod period, TargetSettings settings, IReadOnlyCollection<Guid> loggedBy,
        CancellationToken cancellationToken)
    {
        var (from, to) = settings.UtcBounds(period);
        var counts = await Query(db, from, to, loggedBy).ToListAsync(cancellationToken);

        return counts.ToDictionary(c => c.UserId, c => c.Count);
    }

    internal static IQueryable<LoggedCount> Query(
        CrmDbContext db, DateTime from, DateTime to, IReadOnlyCollection<Guid> loggedBy)
    {
        var kinds = ActivityCounting.CountedKinds.ToList();
        var unanswered = ActivityCounting.UnansweredCallOutcomes.ToList();
        var people = loggedBy.ToList();

        return db.Activities.AsNoTracking()
            .Where(a => people.Contains(a.LoggedById) && a.OccurredAt >= from && a.OccurredAt < to)
            .Where(a => kinds.Contains(a.Kind))
            .Where(a => a.Kind != ActivityKind.Call || !unanswered.Contains(a.Outcome))
            .Where(a => db.Accounts.Any(account => account.Id == a.AccountId))
            .GroupBy(a => a.LoggedById)
            .Select(g => new LoggedCount(g.Key, g.Count()));
    }
}

/// <summary>How many counted activities one person logged.</summary>
internal sealed record LoggedCount(Guid UserId, int Count);
