using Crm.Domain.Forecasting;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo's weekly forecast snapshots, seeded on Wednesday 2 December 2026 (Shanghai; fiscal
/// year from January): FY2026-Q4 runs from 1 October, FY2026-Q3 before it.
/// </summary>
public sealed class DemoForecastSnapshotSeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static readonly FiscalPeriod Quarter = new FiscalCalendar(1).Parse("FY2026-Q4")!;
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_EmptyDatabase_SnapshotsThisQuarterOnItsFirstDayAndEveryMondaySince()
    {
        var taken = await fixture.Database.QueryAsync(db => db.Set<ForecastSnapshot>()
            .Where(s => s.PeriodKey == Quarter.Key).Select(s => s.TakenAt).ToListAsync(Cancel));

        DateOnly[] expected =
        [
            new(2026, 10, 1), new(2026, 10, 5), new(2026, 10, 12), new(2026, 10, 19), new(2026, 10, 26),
            new(2026, 11, 2), new(2026, 11, 9), new(2026, 11, 16), new(2026, 11, 23), new(2026, 11, 30),
        ];
        Assert.Equal(expected, taken.Select(t => ForecastTrend.DayOf(t, Shanghai)).Order());
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SnapshotsBothQuartersAndTheirSixMonths()
    {
        var periods = await fixture.Database.QueryAsync(db => db.Set<ForecastSnapshot>()
            .GroupBy(s => s.PeriodKey).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, Cancel));

        // Each period's first day and its Mondays up to 2 December.
        var expected = new Dictionary<string, int>
        {
            ["FY2026-Q4"] = 10, ["FY2026-Q3"] = 14, ["2026-12"] = 1, ["2026-11"] = 6, ["2026-10"] = 5,
            ["2026-09"] = 5, ["2026-08"] = 6, ["2026-07"] = 5,
        };
        Assert.Equal(expected, periods);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_HoldsEveryOpportunityUntouchedSinceAsItIsNow()
    {
        var (snapshot, opportunities) = await fixture.Database.QueryAsync(async db =>
        {
            var latest = await db.Set<ForecastSnapshot>().AsNoTracking().Where(s => s.PeriodKey == Quarter.Key)
                .OrderByDescending(s => s.TakenAt).FirstAsync(Cancel);
            return (latest, await db.Opportunities.AsNoTracking().ToListAsync(Cancel));
        });

        // Not moved since the snapshot: same stage, status and close day then as now.
        var untouched = opportunities.Where(o => o.StageEnteredAt <= snapshot.TakenAt).ToDictionary(o => o.Id);
        var expected = untouched.Values
            .Where(o => o.Status == OpportunityStatus.Open ? Quarter.Contains(o.ExpectedCloseDate)
                : o.Status == OpportunityStatus.Won && Quarter.Contains(o.ClosedOn!.Value))
            .Select(o => (o.Id, o.StageId)).Order();
        var lines = snapshot.Lines.Where(l => untouched.ContainsKey(l.OpportunityId))
            .Select(l => (l.OpportunityId, l.StageId)).Order();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, lines);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_WeighsEachLineAtTodaysAmount()
    {
        var (lines, amounts) = await fixture.Database.QueryAsync(async db => (
            await db.Set<ForecastSnapshot>().AsNoTracking().Where(s => s.PeriodKey == Quarter.Key)
                .SelectMany(s => s.Lines).ToListAsync(Cancel),
            await db.Opportunities.AsNoTracking().Where(o => o.Currency == "CNY")
                .ToDictionaryAsync(o => o.Id, o => o.AmountMinorUnits, Cancel)));

        var yuan = lines.Where(l => amounts.ContainsKey(l.OpportunityId)).ToList();
        Assert.NotEmpty(yuan);
        Assert.All(yuan, l => Assert.Equal(amounts[l.OpportunityId], l.AmountBase));
    }
}
