using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Forecasting;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Crm.Infrastructure.Tests.Forecasting;

/// <summary>
/// Weekly snapshots are taken once per period and ISO week; on-demand ones whenever a manager
/// asks; the changes since last week compare with them. Each test shifts <see cref="ForecastWorld"/>
/// by its own number of years, so its periods and weeks are its own in the class database.
/// </summary>
public sealed class ForecastSnapshotTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TakeWeeklySnapshotAsync_SecondRunInTheSameWeek_WritesNothing(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.ShiftYears(1);

        var first = await world.Forecasts.TakeWeeklySnapshotAsync(PeriodKind.Quarter, Ct);
        var second = await world.Forecasts.TakeWeeklySnapshotAsync(PeriodKind.Quarter, Ct);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(1, await CountAsync(world, "FY2027-Q1"));
    }

    [Fact]
    public async Task TakeWeeklySnapshotAsync_NextWeek_TakesAnother()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.ShiftYears(2);
        await world.Forecasts.TakeWeeklySnapshotAsync(PeriodKind.Quarter, Ct);
        world.Facts.Today = world.Facts.Today.AddDays(7);

        Assert.True(await world.Forecasts.TakeWeeklySnapshotAsync(PeriodKind.Quarter, Ct));
        Assert.Equal(2, await CountAsync(world, "FY2028-Q1"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TakeSnapshotAsync_Manager_HoldsEveryOpportunityOfThePeriod(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.ShiftYears(3);
        world.SignInAsChen();

        var taken = await world.Forecasts.TakeSnapshotAsync("FY2029-Q1", Ct);

        // All four facts of the quarter, 西区's included: visibility applies when a snapshot is read.
        Assert.Equal(4, taken.Lines);
        Assert.Equal(4, await LinesAsync(world, taken.Id));
    }

    [Fact]
    public async Task TakeSnapshotAsync_Rep_ThrowsForbidden()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.SignInAsWang();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Forecasts.TakeSnapshotAsync("FY2026-Q1", Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_AWeekAfterTheWeeklySnapshot_ListsTheVisibleChanges(DatabaseProvider provider)
    {
        await using var world = await ForecastWorld.StartAsync(databases, provider);
        world.ShiftYears(4);
        await world.Forecasts.TakeWeeklySnapshotAsync(PeriodKind.Quarter, Ct);
        var raised = world.Change(world.Li, f => f with { AmountBase = 1_200_000 });
        world.Change(world.Zhao, f => f with { ExpectedCloseDate = new DateOnly(2030, 7, 15) });
        world.Host.Clock.Advance(TimeSpan.FromDays(7));
        world.SignInAsChen();

        var changes = (await world.Forecasts.GetAsync("FY2030-Q1", PeriodKind.Quarter, Ct)).Changes!;

        // 赵敏's move out is 西区's, not in 陈丽's view.
        Assert.Equal([(ForecastChangeKind.AmountChanged, raised.Id, 1_000_000L, 1_200_000L)],
            changes.Rows.Select(r => (r.Change.Kind, r.Change.OpportunityId, r.Change.OldAmountBase!.Value,
                r.Change.NewAmountBase!.Value)));
    }

    [Fact]
    public async Task GetAsync_NoSnapshotOfThePeriod_HasNoChanges()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.ShiftYears(5);
        world.SignInAsChen();

        Assert.Null((await world.Forecasts.GetAsync("FY2031-Q1", PeriodKind.Quarter, Ct)).Changes);
    }

    [Fact]
    public async Task RunOnceAsync_Twice_TakesTheMonthAndTheQuarterOnce()
    {
        await using var world = await ForecastWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.ShiftYears(6);
        var schedule = world.Host.Get<IEnumerable<IHostedService>>().OfType<ForecastSnapshotSchedule>().Single();

        await schedule.RunOnceAsync(Ct);
        await schedule.RunOnceAsync(Ct);

        Assert.Equal((1, 1), (await CountAsync(world, "2032-05"), await CountAsync(world, "FY2032-Q1")));
    }

    private static async Task<int> CountAsync(ForecastWorld world, string periodKey)
    {
        await using var db = await world.Host.OpenAsync();

        return await db.ForecastSnapshots.CountAsync(s => s.PeriodKey == periodKey, Ct);
    }

    private static async Task<int> LinesAsync(ForecastWorld world, Guid snapshotId)
    {
        await using var db = await world.Host.OpenAsync();

        return (await db.ForecastSnapshots.AsNoTracking().SingleAsync(s => s.Id == snapshotId, Ct)).Lines.Count;
    }
}
