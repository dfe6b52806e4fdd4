namespace Crm.Domain.Targets;

/// <summary>
/// How far a subject is toward one target. Definitions, word for word: docs/metrics.md, "Targets and attainment".
/// </summary>
/// <param name="Measure">What the target counts.</param>
/// <param name="Target">The figure to reach (minor units for an amount).</param>
/// <param name="Actual">What was reached so far in the period.</param>
/// <param name="Attainment">Actual ÷ target; null when the target is 0.</param>
/// <param name="Gap">Target − actual, never below 0: what remains.</param>
/// <param name="Pace">The attainment expected by now: the elapsed share of the period's working days.</param>
/// <param name="IsOnPace">Actual ≥ target × pace (attainment ≥ pace); a target of 0 is always on pace.</param>
/// <param name="Coverage">
/// Open weighted pipeline closing in the period ÷ gap, for won amount only; null for the counts
/// and when nothing remains.
/// </param>
public sealed record TargetProgress(
    TargetMeasure Measure, long Target, long Actual, decimal? Attainment, long Gap, decimal Pace, bool IsOnPace,
    decimal? Coverage);
