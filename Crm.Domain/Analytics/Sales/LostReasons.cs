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
        facts.Where(f => f.Status == Pipeline.OpportunityStatus.Lost && filter.ClosedInPeriod(f))
            .GroupBy(f => (f.CloseReason ?? "").Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new LostReason(g.First().CloseReason?.Trim() ?? "", g.Count(), g.Sum(f => f.AmountBase ?? 0)))
            .OrderByDescending(r => r.Count)
            .ThenByDescending(r => r.AmountBase)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();
}
