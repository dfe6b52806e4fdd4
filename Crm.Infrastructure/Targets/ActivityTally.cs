using Crm.Domain.Activities;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

/// <summary>
/// The activities that count toward activity targets (<see cref="ActivityCounting"/>) logged in a
/// period, per person who logged them, counted in SQL. Activities of deleted accounts drop out,
/// as those accounts' opportunities drop out of the facts.
/// </summary>
internal static class ActivityTally
{
    public static async Task<IReadOnlyDictionary<Guid, int>> CountAsync(
        CrmDbContext db, FiscalPeriod period, TargetSettings settings, CancellationToken cancellationToken)
    {
        var (from, to) = settings.UtcBounds(period);
        var kinds = ActivityCounting.CountedKinds.ToList();
        var unanswered = ActivityCounting.UnansweredCallOutcomes.ToList();

        var counts = await db.Activities.AsNoTracking()
            .Where(a => a.OccurredAt >= from && a.OccurredAt < to && kinds.Contains(a.Kind))
            .Where(a => a.Kind != ActivityKind.Call || !unanswered.Contains(a.Outcome))
            .Where(a => db.Accounts.Any(account => account.Id == a.AccountId))
            .GroupBy(a => a.LoggedById)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return counts.ToDictionary(c => c.UserId, c => c.Count);
    }
}
