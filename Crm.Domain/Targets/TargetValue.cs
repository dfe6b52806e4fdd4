using System.Globalization;
using Crm.Domain.Common;

namespace Crm.Domain.Targets;

/// <summary>
/// A target's figure as stored: minor units of the base currency for
/// <see cref="TargetMeasure.WonAmount"/>, a whole number otherwise. <see cref="Currency"/> is the
/// base currency for an amount and null for a count.
/// </summary>
public readonly record struct TargetValue(long Value, string? Currency)
{
    /// <summary>The largest amount target, in major units (a trillion).</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The largest count target.</summary>
    public const long MaxCount = 1_000_000;

    /// <summary>
    /// Reads what a person typed. Throws <see cref="DomainException"/> (field "Value") when the
    /// figure is negative ("Value.negative"), an amount has more than two decimals
    /// ("Value.precision"), a count is not whole ("Value.whole") or it is too large
    /// ("Value.too-large"); "Measure.invalid" for an unknown measure.
    /// </summary>
    public static TargetValue Of(TargetMeasure measure, decimal figure, string baseCurrency)
    {
        if (!Enum.IsDefined(measure))
        {
            throw new DomainException("Measure.invalid", "Unknown target measure.", "Measure");
        }

        if (figure < 0)
        {
            throw Error("Value.negative", "A target cannot be negative.");
        }

        return measure == TargetMeasure.WonAmount ? Amount(figure, baseCurrency) : Count(figure);
    }

    /// <summary>The figure as a person reads and types it: major units for an amount.</summary>
    public decimal Figure(TargetMeasure measure) => measure == TargetMeasure.WonAmount ? Value / 100m : Value;

    public override string ToString() => Currency is null
        ? Value.ToString(CultureInfo.InvariantCulture)
        : new Money(Value, Currency).ToString();

    private static TargetValue Amount(decimal figure, string baseCurrency)
    {
        if (figure > MaxAmount)
        {
            throw Error("Value.too-large", $"An amount target is at most {MaxAmount:N0}.");
        }

        try
        {
            var money = Money.Of(figure, baseCurrency);

            return new TargetValue(money.MinorUnits, money.Currency);
        }
        catch (DomainException error) when (error.Field == "Amount")
        {
            throw Error("Value.precision", "An amount target has at most two decimals.");
        }
    }

    private static TargetValue Count(decimal figure)
    {
        if (figure != decimal.Truncate(figure))
        {
            throw Error("Value.whole", "A count target is a whole number.");
        }

        return figure <= MaxCount
            ? new TargetValue((long)figure, null)
            : throw Error("Value.too-large", $"A count target is at most {MaxCount:N0}.");
    }

    private static DomainException Error(string code, string message) => new(code, message, "Value");
}
