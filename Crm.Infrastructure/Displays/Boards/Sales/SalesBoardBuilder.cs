using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Displays.Boards.Sales;

/// <summary>
/// What one build produced: the board; the versions of the scope's opportunities it holds and
/// the reps of its scope, which route events to it; and when the organisation's next day starts
/// (UTC), when it must be built again.
/// </summary>
internal sealed record SalesBoardBuild(
    SalesBoard Board, IReadOnlyDictionary<Guid, int> Held, IReadOnlySet<Guid> RepIds, DateTimeOffset NextDay);

/// <summary>
/// Builds one state of a sales board. Opportunities come from the in-memory fact table only;
/// the organisation's settings, the sales roster and its won-amount targets (as the targets page
/// rolls them up), the pipelines, today's activities and the names of a dozen feed entries are
/// small queries. The scope's opportunities are those whose owner is in the scope's team (any
/// sales team when none is named), in its pipeline when one is named.
/// </summary>
internal sealed class SalesBoardBuilder(
    IServiceScopeFactory scopes, TimeProvider clock, OpportunityNames names)
{
    // A wall display acts for nobody: it reads the scope's targets whole, as an admin would.
    private static readonly Actor Display = new(Guid.Empty, new HashSet<string> { Roles.Admin });

    /// <summary>
    /// Builds the board of <paramref name="scope"/> from <paramref name="table"/>. Throws
    /// <see cref="NotFoundException"/> for a team that is not a sales team (or is deleted) and for
    /// an unknown pipeline.
    /// </summary>
    public async Task<SalesBoardBuild> BuildAsync(
        SalesBoardScope scope, FactTable<OpportunityFact> table, IReadOnlyDictionary<MomentKey, int> versions,
        CancellationToken cancellationToken)
    {
        // The context factory is scoped: a build opens a service scope of its own, as the fact reader does.
        await using var services = scopes.CreateAsyncScope();
        var contexts = services.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await TargetSettings.LoadAsync(db, clock, cancellationToken);
        var period = settings.Calendar.PeriodContaining(settings.Today, scope.Period);
        var targets = await WonAmountTargets.LoadAsync(
            db, Display, period, table.BaseCurrency, cancellationToken);
        var teams = TeamsOf(scope, targets.Roster);
        var pipelines = await PipelinesAsync(db, cancellationToken);
        var funnel = FunnelPipeline(scope, pipelines);

        var teamIds = teams.Select(t => t.Id).ToHashSet();
        var reps = teams.SelectMany(t => t.Reps).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var rows = table.Rows.Where(f => f.TeamId is { } team && teamIds.Contains(team)
            && (scope.PipelineId is null || f.PipelineId == scope.PipelineId)).ToList();
        var target = scope.TeamId is { } teamId ? targets.Team(teamId) : targets.Organization();
        var logged = await LoggedTodayAsync(db, settings, reps, cancellationToken);
        var feed = await FeedAsync(db, rows, reps, pipelines, versions, cancellationToken);

        var board = new SalesBoard(
            scope, period, table.BaseCurrency,
            SalesFigures.Leaders(reps, rows, period, targets),
            funnel is null ? [] : SalesFigures.Funnel(funnel, rows),
            SalesFigures.Pace(rows, period, target, settings.PaceOf(period)),
            SalesFigures.Forecast(rows, period, target),
            SalesFigures.ActivitiesToday(reps, logged),
            feed,
            clock.GetUtcNow().UtcDateTime);

        var tomorrow = settings.Today.AddDays(1);
        var nextDay = new DateTimeOffset(settings.UtcBounds(tomorrow, tomorrow).From, TimeSpan.Zero);

        return new SalesBoardBuild(
            board, rows.ToDictionary(f => f.Id, f => f.Version), reps.Select(r => r.Id).ToHashSet(), nextDay);
    }

    private static IReadOnlyList<RosterTeam> TeamsOf(
        SalesBoardScope scope, IReadOnlyList<RosterTeam> roster) =>
        scope.TeamId is { } id
            ? [roster.FirstOrDefault(t => t.Id == id) ?? throw new NotFoundException("Team", id)]
            : roster;

    // As the sales dashboard picks one: the oldest pipeline, by name among those created together.
    private static async Task<List<SalesPipeline>> PipelinesAsync(
        CrmDbContext db, CancellationToken cancellationToken) =>
        await db.Pipelines.AsNoTracking()
            .OrderBy(p => EF.Property<DateTime>(p, AuditStamps.CreatedAt)).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);

    private static SalesPipeline? FunnelPipeline(SalesBoardScope scope, List<SalesPipeline> pipelines) =>
        scope.PipelineId is { } id
            ? pipelines.FirstOrDefault(p => p.Id == id) ?? throw new NotFoundException("Pipeline", id)
            : pipelines.FirstOrDefault();

    // Every kind counts here (notes too): the wall shows what the team did, not what targets count.
    private static async Task<List<LoggedToday>> LoggedTodayAsync(
        CrmDbContext db, TargetSettings settings, List<RosterRep> reps, CancellationToken cancellationToken)
    {
        var (from, to) = settings.UtcBounds(settings.Today, settings.Today.AddDays(1));
        var people = reps.Select(r => r.Id).ToList();

        return await db.Activities.AsNoTracking()
            .Where(a => people.Contains(a.LoggedById) && a.OccurredAt >= from && a.OccurredAt < to)
            .Where(a => db.Accounts.Any(account => account.Id == a.AccountId))
            .GroupBy(a => new { a.LoggedById, a.Kind })
            .Select(g => new LoggedToday(g.Key.LoggedById, g.Key.Kind, g.Count()))
            .ToListAsync(cancellationToken);
    }

    private async Task<ImmutableArray<SalesMoment>> FeedAsync(
        CrmDbContext db, List<OpportunityFact> rows, List<RosterRep> reps, List<SalesPipeline> pipelines,
        IReadOnlyDictionary<MomentKey, int> versions, CancellationToken cancellationToken)
    {
        var entries = SalesFeed.Newest(rows);
        var opportunities = await names.ReadAsync(db, [.. entries.Select(e => e.Fact.Id)], cancellationToken);
        var people = await PeopleAsync(db, reps, entries.Select(e => e.Fact.OwnerId), cancellationToken);
        var stages = pipelines.SelectMany(p => p.Stages).ToDictionary(s => s.Id);

        return SalesFeed.Moments(entries, new FeedNames(opportunities, people), stages, versions);
    }

    // Reps are named by the roster; an owner outside it (deactivated since) is read by id.
    private static async Task<Dictionary<Guid, string>> PeopleAsync(
        CrmDbContext db, List<RosterRep> reps, IEnumerable<Guid> owners, CancellationToken cancellationToken)
    {
        var people = reps.ToDictionary(r => r.Id, r => r.Name);
        var others = owners.Where(id => !people.ContainsKey(id)).Distinct().ToList();
        if (others.Count == 0)
        {
            return people;
        }

        var read = await db.CrmUsers.AsNoTracking().IgnoreQueryFilters().Where(u => others.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        foreach (var user in read)
        {
            people[user.Id] = user.DisplayName;
        }

        return people;
    }
}
