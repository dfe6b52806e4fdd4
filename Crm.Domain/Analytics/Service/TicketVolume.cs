using System.Collections.Immutable;
using Crm.Domain.Tickets;

namespace Crm.Domain.Analytics.Service;

/// <summary>
/// How many tickets were opened in a window (by <see cref="TicketFact.OpenedAt"/>), by channel,
/// by category and by hour of the week in the window's time zone. A reopened ticket counts
/// once: volume is about arrivals.
/// </summary>
public static class TicketVolume
{
    /// <summary>Every channel in declaration order with its count, zero included.</summary>
    public static IReadOnlyList<(TicketChannel Channel, int Count)> ByChannel(
        IEnumerable<TicketFact> facts, ServiceWindow window) =>
        Counted(Opened(facts, window), f => f.Channel);

    /// <summary>Every category in declaration order with its count, zero included.</summary>
    public static IReadOnlyList<(TicketCategory Category, int Count)> ByCategory(
        IEnumerable<TicketFact> facts, ServiceWindow window) =>
        Counted(Opened(facts, window), f => f.Category);

    /// <summary>Tickets opened in each local hour of each weekday, Monday first.</summary>
    public static HourOfWeek ByHourOfWeek(IEnumerable<TicketFact> facts, ServiceWindow window)
    {
        var counts = new int[7 * 24];
        foreach (var fact in Opened(facts, window))
        {
            var local = window.LocalOf(fact.OpenedAt);
            counts[(HourOfWeek.RowOf(local.DayOfWeek) * 24) + local.Hour]++;
        }

        return new HourOfWeek([.. counts]);
    }

    /// <summary>The tickets one channel's bar counts: opened in the window through it.</summary>
    public static IEnumerable<TicketFact> OfChannel(
        IEnumerable<TicketFact> facts, ServiceWindow window, TicketChannel channel) =>
        Opened(facts, window).Where(f => f.Channel == channel);

    /// <summary>The tickets one category's bar counts: opened in the window in it.</summary>
    public static IEnumerable<TicketFact> OfCategory(
        IEnumerable<TicketFact> facts, ServiceWindow window, TicketCategory category) =>
        Opened(facts, window).Where(f => f.Category == category);

    /// <summary>The tickets one heat-map cell counts: opened in the window on that local weekday and hour.</summary>
    public static IEnumerable<TicketFact> OfHour(
        IEnumerable<TicketFact> facts, ServiceWindow window, DayOfWeek day, int hour) =>
        Opened(facts, window).Where(f =>
        {
            var local = window.LocalOf(f.OpenedAt);

            return local.DayOfWeek == day && local.Hour == hour;
        });

    private static IEnumerable<TicketFact> Opened(IEnumerable<TicketFact> facts, ServiceWindow window) =>
        facts.Where(f => window.Contains(f.OpenedAt));

    private static IReadOnlyList<(TKey, int)> Counted<TKey>(IEnumerable<TicketFact> facts, Func<TicketFact, TKey> key)
        where TKey : struct, Enum
    {
        var counts = facts.CountBy(key).ToDictionary();

        return [.. Enum.GetValues<TKey>().Select(k => (k, counts.GetValueOrDefault(k)))];
    }
}

/// <summary>
/// A heat map of 7 rows (Monday to Sunday) by 24 local hours: <see cref="Count"/> of a weekday
/// and hour (0–23).
/// </summary>
public sealed record HourOfWeek(ImmutableArray<int> Cells)
{
    /// <summary>The weekdays in row order.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Rows =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public int Count(DayOfWeek day, int hour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);

        return Cells[(RowOf(day) * 24) + hour];
    }

    public int Total => Cells.Sum();

    internal static int RowOf(DayOfWeek day) => ((int)day + 6) % 7;
}
