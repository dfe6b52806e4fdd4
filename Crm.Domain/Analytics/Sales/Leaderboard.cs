namespace Crm.Domain.Analytics.Sales;

/// <summary>One rep's line on the leaderboard.</summary>
public sealed record LeaderboardEntry(
    int Rank, Guid OwnerId, long WonAmountBase, int Won, int Lost, decimal? WinRate, long OpenWeightedBase);

/// <summary>
/// Reps ranked by base amount won in the period, then by number won. Equal reps share a rank
/// and the next rank is skipped (1, 2, 2, 4). A rep appears once they closed something in the
/// period or have open pipeline expected to close in it; open weighted pipeline counts open
/// opportunities whose expected close day is in the period.
/// </summary>
public static class Leaderboard
{
    public static IReadOnlyList<LeaderboardEntry> Build(IEnumerable<OpportunityFact> facts, SalesFilter filter)
    {
        var lines = Counted(facts, filter)
            .GroupBy(f => f.OwnerId)
            .Select(Line)
            .OrderByDescending(l => l.WonAmountBase)
            .ThenByDescending(l => l.Won)
            .ThenBy(l => l.OwnerId)
            .ToList();

        return lines.Select((line, i) => line with { Rank = RankOf(lines, i) }).ToList();
    }

    /// <summary>The opportunities a rep's line counts: closed in the period, or open and expected in it.</summary>
    public static IEnumerable<OpportunityFact> Of(
        IEnumerable<OpportunityFact> facts, SalesFilter filter, Guid ownerId) =>
        Counted(facts, filter).Where(f => f.OwnerId == ownerId);

    private static IEnumerable<OpportunityFact> Counted(IEnumerable<OpportunityFact> facts, SalesFilter filter) =>
        facts.Where(filter.Matches)
            .Where(f => filter.ClosedInPeriod(f) || (f.IsOpen && filter.Period.Contains(f.ExpectedCloseDate)));

    private static LeaderboardEntry Line(IGrouping<Guid, OpportunityFact> owner)
    {
        var won = owner.Where(f => f.IsWon).ToList();
        var lost = owner.Count(f => f.Status == Pipeline.OpportunityStatus.Lost);
        var closed = won.Count + lost;

        return new LeaderboardEntry(
            0,
            owner.Key,
            won.Sum(f => f.AmountBase ?? 0),
            won.Count,
            lost,
            closed > 0 ? (decimal)won.Count / closed : null,
            owner.Where(f => f.IsOpen).Sum(f => f.WeightedBase ?? 0));
    }

    private static int RankOf(List<LeaderboardEntry> lines, int index)
    {
        var first = index;
        while (first > 0 && lines[first - 1].WonAmountBase == lines[index].WonAmountBase
            && lines[first - 1].Won == lines[index].Won)
        {
            first--;
        }

        return first + 1;
    }
}
