namespace Crm.Infrastructure.Seeding;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>True with the given probability (0–1).</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Digits as text, for phone numbers and handles.</summary>
    public static string Digits(this Random random, int count) =>
        string.Create(count, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + r.Next(10));
            }
        });
}
