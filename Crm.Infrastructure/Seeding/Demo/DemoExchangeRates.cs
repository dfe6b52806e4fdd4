using Crm.Domain.Currencies;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Monthly rates into CNY for USD, EUR, HKD and JPY, dated the first of each month from before
/// the oldest seeded close day up to this month, so every seeded amount converts. Each rate
/// drifts a little from month to month around a plausible level.
/// </summary>
internal static class DemoExchangeRates
{
    public const int Months = 20;

    private static readonly (string Currency, decimal Level, decimal Drift, int Decimals)[] Currencies =
    [
        ("USD", 7.18m, 0.035m, 4),
        ("EUR", 7.95m, 0.08m, 4),
        ("HKD", 0.9200m, 0.0045m, 4),
        ("JPY", 0.048500m, 0.0008m, 6),
    ];

    public static List<ExchangeRate> Build(DateTime nowUtc, string baseCurrency)
    {
        var today = SeedCalendar.TodayIn(nowUtc);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var rates = new List<ExchangeRate>();
        foreach (var (currency, level, drift, decimals) in Currencies)
        {
            // Walk back from this month, so a month's value depends on how many months ago it is
            // and not on the calendar: the same database day after day has the same rates.
            var random = new Random(20260110 + currency[0] + currency[1]);
            var rate = level + Step(random, drift);
            for (var monthsAgo = 0; monthsAgo < Months; monthsAgo++)
            {
                var day = thisMonth.AddMonths(-monthsAgo);
                var id = DeterministicGuid.From("demo:rate", $"{currency}/{monthsAgo}");
                rates.Add(ExchangeRate.Create(id, currency, baseCurrency, day, decimal.Round(rate, decimals), nowUtc));
                rate = Math.Clamp(rate + Step(random, drift) + ((level - rate) * 0.2m), level * 0.93m, level * 1.07m);
            }
        }

        return rates;
    }

    private static decimal Step(Random random, decimal drift) => ((decimal)random.NextDouble() - 0.5m) * 2 * drift;
}
