using Crm.Domain.Sla;
using Crm.Domain.Targets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Targets;

// A class of its own: the default business calendar is one for the whole database.
public sealed class TargetHolidayTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_SpecialDaysOfTheDefaultCalendar_SetThePace(DatabaseProvider provider)
    {
        // April 2026: 22 weekdays, 20 of them without 6 and 30 April, and Sunday 26 April worked
        // in their place: 21 working days. By the end of Friday 10 April 7 have passed: 7/21.
        await using var world = await TargetWorld.StartAsync(databases, provider);
        var calendar = BusinessCalendar.Create(Guid.CreateVersion7(), "中国大陆", "Asia/Shanghai",
            [new WorkingShift(DayOfWeek.Monday, 540, 1080)],
            [
                new SpecialDay(new DateOnly(2026, 4, 6), SpecialDayKind.Holiday, "清明节"),
                new SpecialDay(new DateOnly(2026, 4, 30), SpecialDayKind.Holiday, "劳动节调休"),
                new SpecialDay(new DateOnly(2026, 4, 26), SpecialDayKind.WorkingDay, "劳动节调休"),
            ],
            world.Host.Now);
        calendar.MarkDefault(world.Host.Now);
        await world.Host.SaveNewAsync(calendar);

        var attainment = await world.Service.AttainmentAsync("2026-04", Token);

        Assert.Equal(7m / 21m, attainment.Pace);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_QuarterKeyInLowerCase_IsReadAsTheQuarter(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        var sheet = await world.Service.ListAsync("fy2026-q2", Token);

        Assert.Equal(("FY2026-Q2", new DateOnly(2026, 4, 1)), (sheet.PeriodKey, sheet.Start));
    }
}
