using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Organization;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Forecasting;

/// <summary>
/// Reads the snapshots of a period (one per day: the latest of the day) and the live facts, and
/// counts both with <see cref="ForecastCalculator"/>'s rules, without adjustments: snapshots keep
/// none. A snapshot line counts for the opportunity's owner now (the snapshot's for a deleted one)
/// and that owner's team now, as the forecast and its changes do, so every point covers the same
/// people and the reader's visibility applies to all of them alike.
/// </summary>
internal sealed class ForecastTrendService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IOpportunityVisibility visibility,
    IOpportunityFacts facts, TimeProvider clock) : IForecastTrendService
{
    public async Task<ForecastTrendView> GetAsync(
        string periodKey, ForecastTrendScope scope, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audience = await ForecastAudience.ForAsync(actor, db, visibility, cancellationToken);
        var profile = await OrganizationProfile.ReadAsync(db, cancellationToken);
        var period = ForecastService.Parse(profile.Calendar, periodKey);
        RequireScope(audience, scope);
        var table = await facts.CurrentAsync(cancellationToken);

        var current = table.Rows.ToDictionary(f => f.Id);
        var points = new List<ForecastTrendPoint>();
        foreach (var (day, snapshot) in await DailySnapshotsAsync(db, period, profile.Zone, cancellationToken))
        {
            points.Add(ForecastTrend.FromSnapshot(day, snapshot, line => Counts(audience, scope, line, current)));
        }

        var snapshots = points.Count;
        points.Add(Live(period, table, audience, scope));
        var targets = await WonAmountTargets.LoadAsync(db, actor, period, table.BaseCurrency, cancellationToken);

        return new ForecastTrendView(period, table.BaseCurrency, TargetOf(targets, scope), snapshots, points);
    }

    private static void RequireScope(ForecastAudience audience, ForecastTrendScope scope)
    {
        var known = scope switch
        {
            { Kind: ForecastSubjectKind.Rep, Id: { } rep } => audience.People.ContainsKey(rep) && audience.Sees(rep),
            { Kind: ForecastSubjectKind.Rep } => false,
            { Kind: ForecastSubjectKind.Team, Id: { } team } => audience.Teams.ContainsKey(team),
            _ => true,
        };
        if (!known)
        {
            throw new NotFoundException("Forecast", scope.Id ?? Guid.Empty);
        }
    }

    private static async Task<List<(DateOnly Day, ForecastSnapshot Snapshot)>> DailySnapshotsAsync(
        CrmDbContext db, FiscalPeriod period, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var headers = await db.Set<ForecastSnapshot>().AsNoTracking()
            .Where(s => s.PeriodKey == period.Key)
            .Select(s => new SnapshotHeader(s.Id, s.TakenAt, s.Kind))
            .ToListAsync(cancellationToken);
        var days = ForecastTrend.DailySnapshots(headers, zone);
        var ids = days.Select(d => d.Snapshot.Id).ToList();
        var snapshots = await db.Set<ForecastSnapshot>().AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        return [.. days.Select(d => (d.Day, snapshots[d.Snapshot.Id]))];
    }

    // The owner now decides whose line a snapshot's opportunity is on, and whether the reader sees it.
    private static bool Counts(
        ForecastAudience audience, ForecastTrendScope scope, ForecastSnapshotLine line,
        Dictionary<Guid, OpportunityFact> current)
    {
        var fact = current.GetValueOrDefault(line.OpportunityId);
        var owner = fact?.OwnerId ?? line.OwnerId;
        if (!audience.Sees(owner))
        {
            return false;
        }

        return scope.Kind switch
        {
            ForecastSubjectKind.Rep => owner == scope.Id,
            ForecastSubjectKind.Team => TeamOf(audience, owner, fact, line) == scope.Id,
            _ => true,
        };
    }

    private static Guid? TeamOf(
        ForecastAudience audience, Guid owner, OpportunityFact? fact, ForecastSnapshotLine line) =>
        audience.People.TryGetValue(owner, out var person) ? person.TeamId : fact is null ? line.TeamId : fact.TeamId;

    // The forecast page's own figures for the scope, before adjustments.
    private ForecastTrendPoint Live(
        FiscalPeriod period, FactTable<OpportunityFact> table, ForecastAudience audience, ForecastTrendScope scope)
    {
        var visible = table.Rows.Where(f => audience.Sees(f.OwnerId));
        var result = ForecastCalculator.Calculate(period, visible, [], audience.Reps());
        var line = scope.Kind switch
        {
            ForecastSubjectKind.Rep => result.Teams.SelectMany(t => t.Reps)
                .FirstOrDefault(r => r.SubjectId == scope.Id),
            ForecastSubjectKind.Team => result.Teams.FirstOrDefault(t => t.TeamId == scope.Id)?.Line,
            _ => result.Organization,
        };

        return new ForecastTrendPoint(table.Today, clock.GetUtcNow().UtcDateTime, true,
            line?.Figures ?? ForecastFigures.Zero);
    }

    private static long? TargetOf(WonAmountTargets targets, ForecastTrendScope scope) => scope switch
    {
        { Kind: ForecastSubjectKind.Rep, Id: { } rep } => targets.Rep(rep),
        { Kind: ForecastSubjectKind.Team, Id: { } team } => targets.Team(team),
        { Kind: ForecastSubjectKind.Team } => null,
        _ => targets.Organization(),
    };
}
