using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>The demo's business calendars and SLA policies.</summary>
public sealed class DemoSlaSeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_EmptyDatabase_MakesTheMainlandCalendarTheOnlyDefault()
    {
        var defaults = await fixture.Database.QueryAsync(db =>
            db.SlaCalendars.Where(c => c.IsDefault).Select(c => c.Name).ToListAsync(Cancel));

        Assert.Equal(["中国大陆工作日"], defaults);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_MainlandCalendarWorksTheMakeUpSundayAfterNewYear2026()
    {
        var calendar = await fixture.Database.QueryAsync(db =>
            db.SlaCalendars.SingleAsync(c => c.Id == DemoSla.ChinaCalendarId, Cancel));
        var newYear = new DateTime(2025, 12, 31, 10, 0, 0, DateTimeKind.Utc);

        var due = calendar.AddWorkingTime(newYear, TimeSpan.FromHours(1));

        Assert.Equal(new DateTime(2026, 1, 4, 2, 0, 0, DateTimeKind.Utc), due);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_MainlandCalendarSkipsGoldenWeek2025()
    {
        var calendar = await fixture.Database.QueryAsync(db =>
            db.SlaCalendars.SingleAsync(c => c.Id == DemoSla.ChinaCalendarId, Cancel));

        var worked = calendar.WorkingTimeBetween(
            new DateTime(2025, 9, 30, 16, 0, 0, DateTimeKind.Utc),
            new DateTime(2025, 10, 8, 16, 0, 0, DateTimeKind.Utc));

        Assert.Equal(TimeSpan.Zero, worked);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SeedsAPolicyPerPriorityAndAStricterOneForStrategicAccounts()
    {
        var policies = await fixture.Database.QueryAsync(db => db.SlaPolicies.ToListAsync(Cancel));

        Assert.Equal(4, policies.Count(p => p.Tier is null));
        Assert.All(Enum.GetValues<SlaPriority>(), priority => Assert.True(
            policies.Single(p => p.Priority == priority && p.Tier == AccountTier.Strategic).ResolutionMinutes
            < policies.Single(p => p.Priority == priority && p.Tier is null).ResolutionMinutes));
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_CriticalTicketsCountRoundTheClock()
    {
        var critical = await fixture.Database.QueryAsync(db =>
            db.SlaPolicies.SingleAsync(p => p.Priority == SlaPriority.Critical && p.Tier == null, Cancel));

        Assert.Equal(DemoSla.AroundTheClockId, critical.CalendarId);
    }
}
