using Crm.Domain.Common;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Forecasting;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Forecasting;

/// <summary>
/// Adjustments keep every revision, the newest in force; managers adjust their own teams and
/// reps, admins anyone, reps no one. Figures from <see cref="ForecastWorld"/>: 王芳 forecasts
/// 3 000 000 won + 2 000 000 commit = 5 000 000; 东区 5 000 000 (李强 has best case only).
/// </summary>
public sealed class ForecastAdjustmentServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private const string Quarter = "FY2026-Q1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AdjustAsync_ManagerTwice_NewestRevisionIsInForce(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.SignInAsChen();
        await world.Forecasts.AdjustAsync(Rep(world.Wang, 200_000, "客户口头确认"), Ct);
        world.Host.Clock.Advance(TimeSpan.FromHours(1));
        await world.Forecasts.AdjustAsync(Rep(world.Wang, 500_000, "合同已到法务"), Ct);

        var view = await world.Forecasts.GetAsync(Quarter, PeriodKind.Quarter, Ct);

        // 5 000 000 + 500 000.
        Assert.Equal(5_500_000, RepLine(view, world.Wang).Forecast);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_TwoRevisions_ListsBothNewestFirstWithWhoAndNote(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.SignInAsChen();
        await world.Forecasts.AdjustAsync(Rep(world.Wang, 200_000, "客户口头确认"), Ct);
        await world.Forecasts.AdjustAsync(Rep(world.Wang, 0, "撤回"), Ct);

        var history = await world.Forecasts.HistoryAsync(ForecastSubjectKind.Rep, world.Wang, Quarter, Ct);

        Assert.Equal([(2, 0L, "撤回", "陈丽"), (1, 200_000L, "客户口头确认", "陈丽")],
            history.Select(h => (h.Revision, h.Delta, h.Note, h.ByName)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AdjustAsync_TeamAndRep_TeamForecastAddsBoth(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.SignInAsChen();
        await world.Forecasts.AdjustAsync(Rep(world.Wang, 500_000, "大单提前"), Ct);
        await world.Forecasts.AdjustAsync(
            new ForecastAdjustmentRequest(ForecastSubjectKind.Team, world.East, Quarter, -800_000, "整体偏乐观"), Ct);

        var view = await world.Forecasts.GetAsync(Quarter, PeriodKind.Quarter, Ct);

        // 东区: 5 000 000 + 500 000 − 800 000.
        Assert.Equal(4_700_000, view.Result.Teams.Single(t => t.TeamId == world.East).Line.Forecast);
    }

    [Fact]
    public async Task AdjustAsync_Saved_PublishesForecastAdjustedAfterTheCommit()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsChen();

        await world.Forecasts.AdjustAsync(Rep(world.Li, 100_000, "新客户"), Ct);

        var published = Assert.Single(world.Host.Bus.Published.OfType<ForecastAdjusted>());
        Assert.Equal((world.Li, Quarter, 1), (published.SubjectId, published.PeriodKey, published.Revision));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AdjustAsync_ManagerOfAnotherTeam_ThrowsForbiddenAndWritesNothing(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.SignInAsWestManager();

        await Assert.ThrowsAsync<ForbiddenException>(
            () => world.Forecasts.AdjustAsync(Rep(world.Wang, 100_000, "越权"), Ct));
        Assert.Equal(0, await CountAsync(world, world.Wang));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AdjustAsync_Rep_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.SignInAsWang();

        await Assert.ThrowsAsync<ForbiddenException>(
            () => world.Forecasts.AdjustAsync(Rep(world.Wang, 100_000, "给自己加一点"), Ct));
    }

    [Fact]
    public async Task AdjustAsync_Admin_AdjustsAnyTeam()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsAdmin();

        var row = await world.Forecasts.AdjustAsync(
            new ForecastAdjustmentRequest(ForecastSubjectKind.Team, world.West, Quarter, 300_000, "续约确定"), Ct);

        Assert.Equal((1, 300_000L), (row.Revision, row.Delta));
    }

    [Fact]
    public async Task AdjustAsync_BlankNote_ThrowsNoteRequiredAndWritesNothing()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsChen();

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Forecasts.AdjustAsync(Rep(world.Li, 100_000, " "), Ct));

        Assert.Equal("Note", error.Field);
        Assert.Equal(0, await CountAsync(world, world.Li));
    }

    [Fact]
    public async Task AdjustAsync_UnknownPeriodKey_ThrowsPeriodKeyInvalid()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsChen();

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Forecasts.AdjustAsync(
            new ForecastAdjustmentRequest(ForecastSubjectKind.Rep, world.Li, "Q5", 1, "错的期间"), Ct));

        Assert.Equal("PeriodKey.invalid", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_SameRevisionTwice_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        await using var db = await world.Host.OpenAsync();
        db.AddRange(Revision(world.Li, "先到"), Revision(world.Li, "后到"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    private static ForecastAdjustmentRequest Rep(Guid rep, long delta, string note) =>
        new(ForecastSubjectKind.Rep, rep, Quarter, delta, note);

    private static ForecastAdjustment Revision(Guid rep, string note) =>
        new(Guid.CreateVersion7(), ForecastSubjectKind.Rep, rep, Quarter, 1, 1_000, note, rep,
            CrmTestHost.Start.UtcDateTime);

    private static ForecastLine RepLine(ForecastView view, Guid rep) =>
        view.Result.Teams.SelectMany(t => t.Reps).Single(r => r.SubjectId == rep);

    private static async Task<int> CountAsync(ForecastWorld world, Guid subject)
    {
        await using var db = await world.Host.OpenAsync();

        return await db.ForecastAdjustments.CountAsync(a => a.SubjectId == subject, Ct);
    }
}
