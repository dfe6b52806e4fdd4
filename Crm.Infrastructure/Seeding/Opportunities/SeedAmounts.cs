using Crm.Domain.Common;

namespace Crm.Infrastructure.Seeding.Opportunities;

/// <summary>Amounts for seeded opportunities: sized by users, expressed in round figures.</summary>
internal static class SeedAmounts
{
    // Rough CNY value of one unit, to size amounts in other currencies.
    private static readonly Dictionary<string, decimal> InYuan = new()
    {
        ["CNY"] = 1m, ["USD"] = 7.2m, ["EUR"] = 7.9m, ["HKD"] = 0.92m,
    };

    /// <summary>A first estimate for <paramref name="seats"/> users: licences and the services around them.</summary>
    public static Money EstimateFor(int seats, string currency, Random random) =>
        Scaled(seats * (1_500m + (2_500m * (decimal)random.NextDouble())), currency);

    /// <summary>An amount in yuan expressed in <paramref name="currency"/>, rounded to a round figure.</summary>
    public static Money Scaled(decimal yuan, string currency)
    {
        var amount = yuan / InYuan[currency];

        return Round(amount, currency, amount >= 100_000 ? 1000 : 100);
    }

    /// <summary>Money rounded to <paramref name="units"/> whole units of its currency (1000 → ¥1,000).</summary>
    public static Money Round(decimal amount, string currency, int units)
    {
        var step = units * 100m;
        var minor = Math.Max(step, Math.Round(amount * 100m / step, MidpointRounding.AwayFromZero) * step);

        return new Money((long)minor, currency);
    }
}
