using Crm.Domain.Common;
using Crm.Domain.Sla;
using static Crm.Domain.Tests.Sla.Calendars;

namespace Crm.Domain.Tests.Sla;

public sealed class BusinessScheduleTests
{
    private const string China = "Asia/Shanghai";

    [Fact]
    public void AddWorkingTime_InsideMorningShift_AddsTheDuration()
    {
        var due = Shanghai().AddWorkingTime(Local(China, "2026-03-02 10:00"), TimeSpan.FromHours(1));

        Assert.Equal(Local(China, "2026-03-02 11:00"), due);
    }

    [Fact]
    public void AddWorkingTime_AcrossLunchBreak_SkipsTheBreak()
    {
        var due = Shanghai().AddWorkingTime(Local(China, "2026-03-02 11:30"), TimeSpan.FromHours(1));

        Assert.Equal(Local(China, "2026-03-02 14:00"), due);
    }

    [Fact]
    public void AddWorkingTime_FromFridayAfternoon_ContinuesOnMonday()
    {
        var due = Shanghai().AddWorkingTime(Local(China, "2026-03-06 17:00"), TimeSpan.FromHours(2));

        Assert.Equal(Local(China, "2026-03-09 10:00"), due);
    }

    [Fact]
    public void AddWorkingTime_StartOnSaturday_StartsCountingOnMonday()
    {
        var due = Shanghai().AddWorkingTime(Local(China, "2026-03-07 10:00"), TimeSpan.FromMinutes(30));

        Assert.Equal(Local(China, "2026-03-09 09:30"), due);
    }

    [Fact]
    public void AddWorkingTime_EndingAtCloseOfDay_IsTheCloseNotNextMorning()
    {
        var due = Shanghai().AddWorkingTime(Local(China, "2026-03-02 17:00"), TimeSpan.FromHours(1));

        Assert.Equal(Local(China, "2026-03-02 18:00"), due);
    }

    [Fact]
    public void AddWorkingTime_ZeroDuration_ReturnsTheStart()
    {
        var start = Local(China, "2026-03-07 10:00");

        Assert.Equal(start, Shanghai().AddWorkingTime(start, TimeSpan.Zero));
    }

    [Fact]
    public void AddWorkingTime_BeforeNationalDay_SkipsTheGoldenWeek()
    {
        var holidays = Enumerable.Range(1, 7).Select(d => Holiday($"2026-10-0{d}")).ToArray();

        var due = Shanghai(holidays).AddWorkingTime(Local(China, "2026-09-30 17:00"), TimeSpan.FromHours(2));

        Assert.Equal(Local(China, "2026-10-08 10:00"), due);
    }

    [Fact]
    public void AddWorkingTime_MakeUpSundayAfterNewYear_WorksTheSunday()
    {
        var calendar = Shanghai(Holiday("2026-01-01"), Holiday("2026-01-02"), WorkingDay("2026-01-04"));

        var due = calendar.AddWorkingTime(Local(China, "2026-01-01 10:00"), TimeSpan.FromHours(1));

        Assert.Equal(Local(China, "2026-01-04 10:00"), due);
    }

    [Fact]
    public void AddWorkingTime_MakeUpDay_WorksTheHoursOfItsWeekday()
    {
        var saturday = new SpecialDay(
            new DateOnly(2026, 2, 28), SpecialDayKind.WorkingDay, "春节调休", DayOfWeek.Friday);
        var calendar = new BusinessSchedule(
            China, [.. Shifts(Weekdays[..4], ("09:00", "18:00")), .. Shifts([DayOfWeek.Friday], ("09:00", "12:00"))],
            [saturday]);

        var due = calendar.AddWorkingTime(Local(China, "2026-02-28 11:00"), TimeSpan.FromHours(2));

        Assert.Equal(Local(China, "2026-03-02 10:00"), due);
    }

    [Fact]
    public void WorkingTimeBetween_WholeWeek_IsFiveSplitDays()
    {
        var week = Shanghai().WorkingTimeBetween(Local(China, "2026-03-02 00:00"), Local(China, "2026-03-09 00:00"));

        Assert.Equal(TimeSpan.FromHours(37.5), week);
    }

    [Fact]
    public void WorkingTimeBetween_ToBeforeFrom_IsZero()
    {
        var time = Shanghai().WorkingTimeBetween(Local(China, "2026-03-03 10:00"), Local(China, "2026-03-02 10:00"));

        Assert.Equal(TimeSpan.Zero, time);
    }

    [Fact]
    public void WorkingTimeBetween_WholeYear_Counts261Weekdays()
    {
        var year = Shanghai().WorkingTimeBetween(Local(China, "2026-01-01 00:00"), Local(China, "2027-01-01 00:00"));

        Assert.Equal(TimeSpan.FromHours(261 * 7.5), year);
    }

    [Fact]
    public void WorkingTimeBetween_StartAndDeadline_GivesBackTheDuration()
    {
        var calendar = Shanghai(Holiday("2026-05-01"), Holiday("2026-05-04"), WorkingDay("2026-05-09"));
        var start = Local(China, "2026-04-29 16:47");

        var due = calendar.AddWorkingTime(start, TimeSpan.FromMinutes(12_345));

        Assert.Equal(TimeSpan.FromMinutes(12_345), calendar.WorkingTimeBetween(start, due));
    }

    [Fact]
    public void IsWorkingAt_LunchBreak_IsFalse()
    {
        Assert.False(Shanghai().IsWorkingAt(Local(China, "2026-03-02 12:30")));
    }

    [Fact]
    public void AddWorkingTime_BerlinOverSpringForwardWeekend_UsesSummerOffsetOnMonday()
    {
        var calendar = NineToFive("Europe/Berlin");

        var due = calendar.AddWorkingTime(Utc("2026-03-27 15:00"), TimeSpan.FromHours(2));

        Assert.Equal(Utc("2026-03-30 08:00"), due);
    }

    [Fact]
    public void AddWorkingTime_BerlinOverFallBackWeekend_UsesWinterOffsetOnMonday()
    {
        var calendar = NineToFive("Europe/Berlin");

        var due = calendar.AddWorkingTime(Utc("2026-10-23 14:00"), TimeSpan.FromHours(2));

        Assert.Equal(Utc("2026-10-26 09:00"), due);
    }

    [Fact]
    public void WorkingTimeBetween_AroundTheClockOnSpringForwardDay_Is23Hours()
    {
        var calendar = AroundTheClock("America/New_York");

        var day = calendar.WorkingTimeBetween(Utc("2026-03-08 05:00"), Utc("2026-03-09 04:00"));

        Assert.Equal(TimeSpan.FromHours(23), day);
    }

    [Fact]
    public void WorkingTimeBetween_AroundTheClockOnFallBackDay_Is25Hours()
    {
        var calendar = AroundTheClock("America/New_York");

        var day = calendar.WorkingTimeBetween(Utc("2026-11-01 04:00"), Utc("2026-11-02 05:00"));

        Assert.Equal(TimeSpan.FromHours(25), day);
    }

    [Fact]
    public void PeriodsOn_ShiftOverSpringForward_LosesTheSkippedHour()
    {
        var calendar = new BusinessSchedule("America/New_York", Shifts([DayOfWeek.Sunday], ("01:00", "04:00")), []);

        var period = Assert.Single(calendar.PeriodsOn(new DateOnly(2026, 3, 8)));

        Assert.Equal((Utc("2026-03-08 06:00"), Utc("2026-03-08 08:00")), period);
    }

    [Fact]
    public void PeriodsOn_ShiftStartingInSkippedHour_StartsWhenTheClockJumps()
    {
        var calendar = new BusinessSchedule("America/New_York", Shifts([DayOfWeek.Sunday], ("02:30", "05:00")), []);

        var period = Assert.Single(calendar.PeriodsOn(new DateOnly(2026, 3, 8)));

        Assert.Equal((Utc("2026-03-08 07:00"), Utc("2026-03-08 09:00")), period);
    }

    [Fact]
    public void PeriodsOn_ShiftOverFallBack_GainsTheRepeatedHour()
    {
        var calendar = new BusinessSchedule("America/New_York", Shifts([DayOfWeek.Sunday], ("00:00", "03:00")), []);

        var period = Assert.Single(calendar.PeriodsOn(new DateOnly(2026, 11, 1)));

        Assert.Equal(TimeSpan.FromHours(4), period.To - period.From);
    }

    [Fact]
    public void PeriodsOn_TouchingShifts_AreOnePeriod()
    {
        var shifts = Shifts([DayOfWeek.Monday], ("09:00", "12:00"), ("12:00", "13:00"));
        var calendar = new BusinessSchedule(China, shifts, []);

        Assert.Single(calendar.PeriodsOn(new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void New_OverlappingShifts_ThrowsShiftsOverlap()
    {
        var shifts = Shifts([DayOfWeek.Monday], ("09:00", "12:30"), ("12:00", "18:00"));

        var error = Assert.Throws<DomainException>(() => new BusinessSchedule(China, shifts, []));

        Assert.Equal(("Shifts.overlap", "Shifts.Monday"), (error.Code, error.Field));
    }

    [Fact]
    public void New_SameDateTwice_ThrowsDaysDuplicate()
    {
        var error = Assert.Throws<DomainException>(() => Shanghai(Holiday("2026-10-01"), WorkingDay("2026-10-01")));

        Assert.Equal("Days.duplicate", error.Code);
    }

    [Fact]
    public void New_NoShifts_ThrowsShiftsRequired()
    {
        var error = Assert.Throws<DomainException>(() => new BusinessSchedule(China, [], []));

        Assert.Equal("Shifts.required", error.Code);
    }

    [Fact]
    public void New_UnknownZone_ThrowsTimeZoneUnknown()
    {
        var error = Assert.Throws<DomainException>(() => NineToFive("Mars/Olympus_Mons"));

        Assert.Equal(("time-zone.unknown", "TimeZone"), (error.Code, error.Field));
    }

    [Fact]
    public void WorkingShift_EndBeforeStart_ThrowsShiftsRange()
    {
        var error = Assert.Throws<DomainException>(() => new WorkingShift(DayOfWeek.Monday, 600, 540));

        Assert.Equal("Shifts.range", error.Code);
    }
}
