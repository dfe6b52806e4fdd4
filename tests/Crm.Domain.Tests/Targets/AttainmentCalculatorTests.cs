using Crm.Domain.Forecasting;
using Crm.Domain.Targets;

namespace Crm.Domain.Tests.Targets;

public sealed class AttainmentCalculatorTests
{
    private static readonly FiscalPeriod April = new FiscalCalendar(1).Parse("2026-04")!;

    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    // April 2026 starts on a Wednesday: 3 + 5 + 5 + 5 + 4 = 22 weekdays. With 清明 (Mon 6th) and a
    // bridge day (Thu 30th) off, 20 working days. By the end of Fri 10th: 1st–3rd (3) + 6th–10th
    // (5) = 8 weekdays passed, 7 of them working days: pace 8/22 without holidays, 7/20 = 0.35 with.
    private static readonly HashSet<DateOnly> Holidays = [new(2026, 4, 6), new(2026, 4, 30)];
    private static readonly DateOnly Tenth = new(2026, 4, 10);

    [Fact]
    public void Compute_HolidaysInThePeriod_LowerThePaceToWorkingDaysPassed()
    {
        var progress = Compute(3_600_000, holidays: Holidays);

        Assert.Equal(0.35m, progress.Pace);
    }

    [Fact]
    public void Compute_ThirtySixPercentWithHolidays_IsOnPace()
    {
        // 3,600,000 ÷ 10,000,000 = 0.36 ≥ 0.35.
        var progress = Compute(3_600_000, holidays: Holidays);

        Assert.Equal((0.36m, true), (progress.Attainment, progress.IsOnPace));
    }

    [Fact]
    public void Compute_ThirtySixPercentWithoutHolidays_IsBehind()
    {
        // 0.36 < 8/22 = 0.3636…
        var progress = Compute(3_600_000);

        Assert.Equal((8m / 22m, false), (progress.Pace, progress.IsOnPace));
    }

    [Fact]
    public void Compute_WonAmount_GapAndCoverageOfWhatRemains()
    {
        // Target ¥100,000.00, won ¥36,000.00: gap ¥64,000.00 = 6,400,000; open weighted
        // ¥96,000.00 covers 9,600,000 ÷ 6,400,000 = 1.5 times what remains.
        var progress = Compute(3_600_000, openWeighted: 9_600_000);

        Assert.Equal((6_400_000L, 1.5m), (progress.Gap, progress.Coverage));
    }

    [Fact]
    public void Compute_ActualAboveTarget_GapIsZeroAndCoverageUndefined()
    {
        var progress = Compute(12_500_000, openWeighted: 1_000_000);

        Assert.Equal((1.25m, 0L, (decimal?)null), (progress.Attainment, progress.Gap, progress.Coverage));
    }

    [Fact]
    public void Compute_ZeroTarget_HasNoAttainmentAndIsOnPace()
    {
        var progress = AttainmentCalculator.Compute(TargetMeasure.WonCount, 0, TargetActuals.None, 0.5m);

        Assert.Equal(((decimal?)null, 0L, true), (progress.Attainment, progress.Gap, progress.IsOnPace));
    }

    [Fact]
    public void Compute_CountTarget_HasNoCoverage()
    {
        var actuals = new TargetActuals(0, 3, 0, 9_600_000);

        var progress = AttainmentCalculator.Compute(TargetMeasure.WonCount, 8, actuals, 0.35m);

        Assert.Equal((0.375m, 5L, (decimal?)null), (progress.Attainment, progress.Gap, progress.Coverage));
    }

    [Fact]
    public void Compute_BeforeThePeriod_PaceIsZero()
    {
        var progress = AttainmentCalculator.Compute(
            TargetMeasure.ActivityCount, 100, TargetActuals.None, April, new DateOnly(2026, 3, 31), Weekdays);

        Assert.Equal((0m, true), (progress.Pace, progress.IsOnPace));
    }

    private static TargetProgress Compute(long won, long openWeighted = 0, HashSet<DateOnly>? holidays = null) =>
        AttainmentCalculator.Compute(
            TargetMeasure.WonAmount, 10_000_000, new TargetActuals(won, 1, 0, openWeighted), April, Tenth, Weekdays,
            holidays);
}
