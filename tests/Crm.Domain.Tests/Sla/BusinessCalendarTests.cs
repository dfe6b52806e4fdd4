using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Sla;
using static Crm.Domain.Tests.Sla.Calendars;

namespace Crm.Domain.Tests.Sla;

public sealed class BusinessCalendarTests
{
    private static readonly DateTime At = Utc("2026-03-01 08:00");

    [Fact]
    public void Update_OverlappingShifts_KeepsTheOldHours()
    {
        var calendar = Create();
        var overlapping = Shifts([DayOfWeek.Monday], ("09:00", "13:00"), ("12:00", "18:00"));

        Assert.Throws<DomainException>(() => calendar.Update("Office", "Asia/Shanghai", overlapping, [], At));

        Assert.Equal(10, calendar.Shifts.Count);
    }

    [Fact]
    public void Update_NewHoliday_ScheduleCountsIt()
    {
        var calendar = Create();

        calendar.Update("Office", "Asia/Shanghai", calendar.Shifts, [Holiday("2026-03-02")], At);

        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(Local("Asia/Shanghai", "2026-03-02 00:00"),
            Local("Asia/Shanghai", "2026-03-03 00:00")));
    }

    [Fact]
    public void MarkDefault_RecordsChangeWithNextVersion()
    {
        var calendar = Create();
        calendar.ClearDomainEvents();

        calendar.MarkDefault(At);

        var changed = Assert.IsType<BusinessCalendarChanged>(Assert.Single(calendar.DomainEvents));
        Assert.Equal((1, true), (changed.Version, changed.IsDefault));
    }

    [Fact]
    public void SlaPolicyCreate_TierAndTargets_TargetsCarryTheAtRiskShare()
    {
        var terms = new SlaPolicyTerms(30, 240, null, 25);

        var policy = SlaPolicy.Create(Guid.NewGuid(), SlaPriority.Critical, AccountTier.Strategic, terms, At);

        Assert.Equal(new SlaTargets(30, 240, 25), policy.Targets);
    }

    [Fact]
    public void SlaPolicyCreate_AtRiskOfHundred_ThrowsNamingTheField()
    {
        var terms = new SlaPolicyTerms(60, 600, null, 100);

        var error = Assert.Throws<DomainException>(
            () => SlaPolicy.Create(Guid.NewGuid(), SlaPriority.Low, null, terms, At));

        Assert.Equal("AtRiskPercent", error.Field);
    }

    private static BusinessCalendar Create() =>
        BusinessCalendar.Create(
            Guid.NewGuid(), "Office", "Asia/Shanghai",
            Shifts(Weekdays, ("09:00", "12:00"), ("13:30", "18:00")), [], At);
}
