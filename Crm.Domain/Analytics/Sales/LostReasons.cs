namespace Crm.Domain.Analytics.Sales;

/// <summary>Lost opportunities sharing a reason; <see cref="Reason"/> is empty for those lost without one.</summary>
public sealed record LostReason(string Reason, int Count, long AmountBase);

/// <summary>
/// Opportunities lost in the period (close day in it), grouped by the reason given at closing:
/// trimmed, compared without regard to case, shown as first written. Most frequent first, then
/// by amount.
/// </summary>
public static class LostReasons
{
    public static IReadOnlyList<LostReason> Build(IEnumerable<OpportunityFact> facts, SalesFilter filter) =>
        Lost(facts, filter)
            .GroupBy(KeyOf, StringComparer.OrdinalIgnoreCase)
            .Select(g => new LostReason(KeyOf(g.First()), g.Count(), g.Sum(f => f.AmountBase ?? 0)))
            .OrderByDescending(r => r.Count)
            .ThenByDescending(r => r.AmountBase)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();

    /// <summary>The opportunities lost in the period for <paramref name="reason"/> (empty: without one).</summary>
    public static IEnumerable<OpportunityFact> Of(
        IEnumerable<OpportunityFact> facts, SalesFilter filter, string reason) =>
        Lost(facts, filter).Where(f => string.Equals(KeyOf(f), reason.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<OpportunityFact> Lost(IEnumerable<OpportunityFact> facts, SalesFilter filter) =>
        facts.Where(f => f.Status == Pipeline.OpportunityStatus.Lost && filter.ClosedInPeriod(f));

    private static string KeyOf(OpportunityFact fact) => (fact.CloseReason ?? "").Trim();
}
