namespace Crm.Domain.Analytics.Sales;

/// <summary>
/// Win rate, average won size, sales cycle and pipeline velocity over the opportunities closed
/// in the period (close day in the period):
/// <list type="bullet">
/// <item>win rate = won ÷ (won + lost), by count;</item>
/// <item>average won size = won base amount ÷ won opportunities that have one, rounded half
/// away from zero to the minor unit;</item>
/// <item>cycle = mean of whole calendar days from the creation day to the close day of the
/// won ones;</item>
/// <item>velocity = open opportunities now × win rate × average won size ÷ cycle, per day.</item>
/// </list>
/// </summary>
public static class WinStatistics
{
    public static WinFigures Compute(IEnumerable<OpportunityFact> facts, SalesFilter filter)
    {
        var all = facts.Where(filter.Matches).ToList();
        var closed = all.Where(filter.ClosedInPeriod).ToList();
        var won = closed.Where(f => f.IsWon).ToList();
        var lost = closed.Count - won.Count;
        var priced = won.Where(f => f.AmountBase is not null).ToList();
        var wonAmount = priced.Sum(f => f.AmountBase!.Value);

        var winRate = closed.Count > 0 ? (decimal)won.Count / closed.Count : (decimal?)null;
        var average = priced.Count > 0 ? RoundMinor((decimal)wonAmount / priced.Count) : (long?)null;
        var cycle = won.Count > 0 ? (decimal)won.Sum(f => CycleDays(f, filter.Zone)) / won.Count : (decimal?)null;
        var open = all.Count(f => f.IsOpen);

        return new WinFigures(won.Count, lost, winRate, wonAmount, average, cycle, open,
            Velocity(open, winRate, average, cycle));
    }

    private static int CycleDays(OpportunityFact fact, TimeZoneInfo zone) =>
        fact.ClosedOn!.Value.DayNumber - DateRange.LocalDay(fact.CreatedAt, zone).DayNumber;

    private static long? Velocity(int open, decimal? winRate, long? average, decimal? cycle) =>
        winRate is { } rate && average is { } size && cycle is > 0m
            ? RoundMinor(open * rate * size / cycle.Value)
            : null;

    private static long RoundMinor(decimal value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
}
