using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Forecasting;

internal sealed partial class ForecastService
{
    public async Task<ForecastSnapshotTaken> TakeSnapshotAsync(
        string periodKey, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audience = await ForecastAudience.ForAsync(actor, db, visibility, cancellationToken);
        if (!audience.IsManager)
        {
            throw new ForbiddenException("Sales managers and admins take forecast snapshots.");
        }

        var period = Parse(await CalendarAsync(db, cancellationToken), periodKey);
        var table = await facts.CurrentAsync(cancellationToken);
        var snapshot = ForecastSnapshot.Take(
            period, SnapshotKind.OnDemand, clock.GetUtcNow().UtcDateTime, table.Today, actor.UserId, table.Rows);
        db.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);

        ForecastLog.SnapshotTaken(logger, snapshot.Id, snapshot.PeriodKey, snapshot.Kind, snapshot.Lines.Count);

        return new ForecastSnapshotTaken(snapshot.Id, snapshot.TakenAt, snapshot.Lines.Count);
    }

    public async Task<bool> TakeWeeklySnapshotAsync(PeriodKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var table = await facts.CurrentAsync(cancellationToken);
        var period = (await CalendarAsync(db, cancellationToken)).PeriodContaining(table.Today, kind);
        var weekKey = ForecastSnapshot.WeekKeyOf(table.Today);
        if (await WeeklyExistsAsync(db, period.Key, weekKey, cancellationToken))
        {
            ForecastLog.WeeklySnapshotExists(logger, period.Key, weekKey);

            return false;
        }

        var snapshot = ForecastSnapshot.Take(
            period, SnapshotKind.Weekly, clock.GetUtcNow().UtcDateTime, table.Today, null, table.Rows);
        if (!await SaveWeeklyAsync(db, snapshot, cancellationToken))
        {
            return false;
        }

        ForecastLog.SnapshotTaken(logger, snapshot.Id, snapshot.PeriodKey, snapshot.Kind, snapshot.Lines.Count);

        return true;
    }

    private async Task<bool> SaveWeeklyAsync(
        CrmDbContext db, ForecastSnapshot snapshot, CancellationToken cancellationToken)
    {
        db.Add(snapshot);
        try
        {
            await db.SaveChangesAsync(cancellationToken);

            return true;
        }
        catch (DbUpdateException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(CancellationToken.None);
            if (!await WeeklyExistsAsync(fresh, snapshot.PeriodKey, snapshot.WeekKey!, CancellationToken.None))
            {
                throw;
            }

            // Another server took this week's snapshot between the check and the save.
            ForecastLog.WeeklySnapshotExists(logger, snapshot.PeriodKey, snapshot.WeekKey!);

            return false;
        }
    }

    private static Task<bool> WeeklyExistsAsync(
        CrmDbContext db, string periodKey, string weekKey, CancellationToken cancellationToken) =>
        db.Set<ForecastSnapshot>().AnyAsync(s => s.PeriodKey == periodKey && s.WeekKey == weekKey, cancellationToken);

    // Compared on every opportunity, so one that changed hands is still found, then narrowed to
    // what the reader sees: the current owner, or the snapshot's for a deleted opportunity.
    private async Task<ForecastChangeReport?> ChangesAsync(
        CrmDbContext db, FiscalPeriod period, FactTable<OpportunityFact> table, ForecastAudience audience,
        CancellationToken cancellationToken)
    {
        var headers = await db.Set<ForecastSnapshot>().AsNoTracking()
            .Where(s => s.PeriodKey == period.Key)
            .Select(s => new SnapshotHeader(s.Id, s.TakenAt, s.Kind))
            .ToListAsync(cancellationToken);
        if (ForecastChanges.Baseline(headers, clock.GetUtcNow().UtcDateTime) is not { } baseline)
        {
            return null;
        }

        var snapshot = await db.Set<ForecastSnapshot>().AsNoTracking()
            .SingleAsync(s => s.Id == baseline.Id, cancellationToken);
        var changes = ForecastChanges.Compare(period, snapshot, table.Rows)
            .Where(c => audience.Sees(c.OwnerId))
            .ToList();
        var names = await OpportunityNamesAsync(db, changes, cancellationToken);

        return new ForecastChangeReport(baseline.TakenAt, baseline.Kind,
            changes.Select(c => new ForecastChangeRow(c, names.GetValueOrDefault(c.OpportunityId, ""))).ToList());
    }

    private static async Task<Dictionary<Guid, string>> OpportunityNamesAsync(
        CrmDbContext db, List<ForecastChange> changes, CancellationToken cancellationToken)
    {
        var ids = changes.Select(c => c.OpportunityId).ToList();

        // Deleted opportunities are listed as moved out and still named.
        return await db.Opportunities.IgnoreQueryFilters().AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name })
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }
}
