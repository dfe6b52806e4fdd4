using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Forecasting;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Forecasting;

/// <summary>Who sees which figures, and the fiscal calendar of the settings (<see cref="ForecastWorld"/>).</summary>
public sealed class ForecastServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_NoKey_IsTheFiscalQuarterOfTodayFromTheSettings(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.SignInAsChen();

        var view = await world.Forecasts.GetAsync(null, PeriodKind.Quarter, Ct);

        // April start: 2026-05-11 is in FY2026-Q1.
        Assert.Equal("FY2026-Q1", view.Period.Key);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_Rep_SeesOwnFiguresOnly(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.SignInAsWang();

        var view = await world.Forecasts.GetAsync("FY2026-Q1", PeriodKind.Quarter, Ct);

        // 王芳: won 3 000 000, commit 2 000 000 × 70 %; her teammate 李强 is not in it.
        Assert.Equal(new ForecastFigures(3_000_000, 2_000_000, 0, 0, 1_400_000, 0), view.Result.Organization.Figures);
        Assert.Equal([world.Wang], view.Result.Teams.SelectMany(t => t.Reps).Select(r => r.SubjectId!.Value));
    }

    [Fact]
    public async Task GetAsync_Manager_SeesTheManagedTeamButNotTheOther()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsChen();

        var view = await world.Forecasts.GetAsync("FY2026-Q1", PeriodKind.Quarter, Ct);

        // 东区: 5 000 000 forecast; 西区's 500 000 is not in view.
        Assert.Equal(5_000_000, view.Result.Organization.Forecast);
        Assert.DoesNotContain(view.Result.Teams, t => t.TeamId == world.West);
    }

    [Fact]
    public async Task GetAsync_Manager_MayAdjustTheManagedTeamAndItsReps()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsChen();

        var permissions = (await world.Forecasts.GetAsync("FY2026-Q1", PeriodKind.Quarter, Ct)).Permissions;

        Assert.True(permissions.CanAdjust(ForecastSubjectKind.Team, world.East));
        Assert.Equal(new[] { world.Wang, world.Li }.Order(), permissions.AdjustableReps.Order());
    }

    [Fact]
    public async Task GetAsync_Month_CountsOnlyThatMonth()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsChen();

        var view = await world.Forecasts.GetAsync("2026-05", PeriodKind.Month, Ct);

        // May: only 李强's best case 1 000 000.
        Assert.Equal(new ForecastFigures(0, 0, 1_000_000, 0, 400_000, 0), view.Result.Organization.Figures);
    }

    [Fact]
    public async Task GetAsync_Names_ComeFromTheDirectory()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsChen();

        var view = await world.Forecasts.GetAsync("FY2026-Q1", PeriodKind.Quarter, Ct);

        Assert.Equal("王芳", view.RepNames[world.Wang]);
        Assert.StartsWith("东区", view.TeamNames[world.East], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_SupportAgent_ThrowsForbidden()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsAgent();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Forecasts.GetAsync(null, PeriodKind.Month, Ct));
    }
}
