using Crm.Domain.Forecasting;

namespace Crm.Domain.Targets;

/// <summary>The arithmetic of attainment, gap, pace and coverage; no rounding, no clock.</summary>
public static class AttainmentCalculator
{
    /// <summary>
    /// Progress toward <paramref name="target"/> given what was reached (<paramref name="actuals"/>)
    /// and the share of working days passed (<paramref name="pace"/>, 0–1, from
    /// <see cref="Forecasting.FiscalPeriod.ElapsedWorkingShare"/>).
    /// </summary>
    public static TargetProgress Compute(TargetMeasure measure, long target, TargetActuals actuals, decimal pace)
    {
        if (target < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A target is never negative.");
        }

        if (pace is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pace), pace, "Pace is a share from 0 to 1.");
        }

        var actual = actuals.Of(measure);
        var gap = Math.Max(target - actual, 0);
        decimal? attainment = target == 0 ? null : (decimal)actual / target;
        decimal? coverage = measure == TargetMeasure.WonAmount && gap > 0 ? (decimal)actuals.OpenWeighted / gap : null;

        return new TargetProgress(measure, target, actual, attainment, gap, pace, actual >= target * pace, coverage);
    }

    /// <summary>
    /// As the other overload, with pace taken from <paramref name="period"/> on
    /// <paramref name="today"/> (the organisation's date): the elapsed share of its working days,
    /// days off being the weekdays not in <paramref name="workingDays"/> and the
    /// <paramref name="holidays"/>.
    /// </summary>
    public static TargetProgress Compute(
        TargetMeasure measure, long target, TargetActuals actuals, FiscalPeriod period, DateOnly today,
        IReadOnlyCollection<DayOfWeek> workingDays, IReadOnlySet<DateOnly>? holidays = null) =>
        Compute(measure, target, actuals, period.ElapsedWorkingShare(today, workingDays, holidays));
}
