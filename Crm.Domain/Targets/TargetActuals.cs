using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;

namespace Crm.Domain.Targets;

/// <summary>
/// What a rep, team or the organisation achieved in a period, and the open pipeline that could
/// still close in it. Amounts are base-currency minor units.
/// </summary>
public sealed record TargetActuals(long WonAmount, int WonCount, int ActivityCount, long OpenWeighted)
{
    public static readonly TargetActuals None = new(0, 0, 0, 0);

    public long Of(TargetMeasure measure) => measure switch
    {
        TargetMeasure.WonAmount => WonAmount,
        TargetMeasure.WonCount => WonCount,
        _ => ActivityCount,
    };

    /// <summary>
    /// The won and pipeline figures of <paramref name="facts"/> (already narrowed to the subject)
    /// in <paramref name="period"/>: won facts whose <see cref="OpportunityFact.ClosedOn"/> lies in
    /// it, and open facts expected to close in it, weighted by probability. A fact without a base
    /// amount (no exchange rate) counts as a won opportunity but adds no money.
    /// </summary>
    public static TargetActuals FromFacts(IEnumerable<OpportunityFact> facts, FiscalPeriod period, int activityCount)
    {
        long wonAmount = 0, openWeighted = 0;
        var wonCount = 0;
        foreach (var fact in facts)
        {
            if (fact.IsWon && fact.ClosedOn is { } closed && period.Contains(closed))
            {
                wonCount++;
                wonAmount += fact.AmountBase ?? 0;
            }
            else if (fact.IsOpen && period.Contains(fact.ExpectedCloseDate))
            {
                openWeighted += fact.WeightedBase ?? 0;
            }
        }

        return new TargetActuals(wonAmount, wonCount, activityCount, openWeighted);
    }

    public TargetActuals Plus(TargetActuals other) => new(
        WonAmount + other.WonAmount, WonCount + other.WonCount, ActivityCount + other.ActivityCount,
        OpenWeighted + other.OpenWeighted);
}
