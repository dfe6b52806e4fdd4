using Crm.Domain.Common;
using Crm.Domain.Forecasting;

namespace Crm.Domain.Tests.Forecasting;

public sealed class FiscalCalendarTests
{
    private static readonly FiscalCalendar AprilStart = new(4);

    [Fact]
    public void PeriodContaining_DayBeforeTheStartMonth_BelongsToTheYearThatStartedEarlier()
    {
        var quarter = AprilStart.PeriodContaining(new DateOnly(2027, 2, 14), PeriodKind.Quarter);

        Assert.Equal(new FiscalPeriod(PeriodKind.Quarter, 2026, 4, new DateOnly(2027, 1, 1), new DateOnly(2027, 4, 1)),
            quarter);
    }

    [Fact]
    public void PeriodContaining_Month_CountsFromTheStartMonth()
    {
        var month = AprilStart.PeriodContaining(new DateOnly(2026, 6, 30), PeriodKind.Month);

        Assert.Equal((2026, 3, "2026-06"), (month.FiscalYear, month.Number, month.Key));
    }

    [Fact]
    public void PeriodContaining_JanuaryStart_QuartersAreCalendarQuarters()
    {
        var quarter = new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 12, 3), PeriodKind.Quarter);

        Assert.Equal(("FY2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2027, 1, 1)),
            (quarter.Key, quarter.Start, quarter.End));
    }

    [Fact]
    public void NextAndPrevious_CrossTheFiscalYear()
    {
        var last = AprilStart.PeriodContaining(new DateOnly(2027, 3, 31), PeriodKind.Quarter);

        Assert.Equal(("FY2027-Q1", "FY2026-Q3"), (AprilStart.Next(last).Key, AprilStart.Previous(last).Key));
    }

    [Theory]
    [InlineData("2026-05", "2026-05")]
    [InlineData("FY2026-Q2", "FY2026-Q2")]
    [InlineData(" fy2026-q2 ", "FY2026-Q2")]
    public void Parse_Key_ReturnsThePeriod(string text, string key)
    {
        Assert.Equal(key, AprilStart.Parse(text)?.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("FY2026-Q5")]
    [InlineData("Q2 2026")]
    public void Parse_NotAKey_ReturnsNull(string text)
    {
        Assert.Null(AprilStart.Parse(text));
    }

    [Fact]
    public void Constructor_MonthOutOfRange_Throws()
    {
        var error = Assert.Throws<DomainException>(() => new FiscalCalendar(13));

        Assert.Equal("fiscal-month.range", error.Code);
    }

    [Fact]
    public void ElapsedWorkingShare_MidMonth_CountsWorkingDaysThroughToday()
    {
        // December 2026: 23 weekdays; 1–3 December are Tuesday to Thursday.
        var december = new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 12, 1), PeriodKind.Month);

        var share = december.ElapsedWorkingShare(new DateOnly(2026, 12, 3), Weekdays);

        Assert.Equal(3m / 23m, share);
    }

    [Fact]
    public void ElapsedWorkingShare_HolidayAndWeekend_AreNotWorkingDays()
    {
        var december = new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 12, 1), PeriodKind.Month);
        var holidays = new HashSet<DateOnly> { new(2026, 12, 2) };

        var share = december.ElapsedWorkingShare(new DateOnly(2026, 12, 6), Weekdays, holidays);

        Assert.Equal(3m / 22m, share);
    }

    [Fact]
    public void ElapsedWorkingShare_GoldenWeekWithAMakeUpSaturday_CountsTheSaturdayAsWorked()
    {
        // October 2026: 22 weekdays, five of them in the National Day holiday (1–7 October), and
        // Saturday 10 October worked in their place: 18 working days. By the end of the 10th the
        // 8th, 9th and 10th have been worked.
        var october = new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 10, 1), PeriodKind.Month);
        var holidays = Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day)).ToHashSet();
        var makeUpDays = new HashSet<DateOnly> { new(2026, 10, 10) };

        var share = october.ElapsedWorkingShare(new DateOnly(2026, 10, 10), Weekdays, holidays, makeUpDays);

        Assert.Equal(3m / 18m, share);
    }

    [Fact]
    public void ElapsedWorkingShare_BeforeAndAfter_IsZeroAndOne()
    {
        var december = new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 12, 1), PeriodKind.Month);

        Assert.Equal((0m, 1m), (december.ElapsedWorkingShare(new DateOnly(2026, 11, 30), Weekdays),
            december.ElapsedWorkingShare(new DateOnly(2027, 1, 1), Weekdays)));
    }

    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
