using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>Win probabilities (whole percentages) and the weighted amounts they give.</summary>
public static class Probability
{
    /// <summary>The override when there is one, otherwise the stage's default.</summary>
    public static int Effective(int? probabilityOverride, int stageDefault) => probabilityOverride ?? stageDefault;

    /// <summary>
    /// <paramref name="amount"/> × <paramref name="percent"/> / 100, rounded to the minor unit
    /// half away from zero (¥0.005 becomes ¥0.01).
    /// </summary>
    public static Money Weigh(Money amount, int percent) =>
        new(Weigh(amount.MinorUnits, percent), amount.Currency);

    /// <inheritdoc cref="Weigh(Money, int)"/>
    public static long Weigh(long minorUnits, int percent) =>
        (long)Math.Round(minorUnits * (decimal)percent / 100m, MidpointRounding.AwayFromZero);

    internal static int Require(int percent) =>
        percent is >= 0 and <= 100
            ? percent
            : throw new DomainException(
                "Probability.range", "A probability is a whole percentage from 0 to 100.", "Probability");
}
