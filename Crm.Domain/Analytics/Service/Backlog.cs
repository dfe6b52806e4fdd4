namespace Crm.Domain.Analytics.Service;

/// <summary>
/// How many tickets were unresolved at the end of each day of a window: those with an open
/// span (<see cref="TicketFact.OpenSpans"/>) that began before the day's last instant and had
/// not ended by it. The day ends at the next local midnight; a ticket resolved exactly then is
/// no longer counted. A reopened ticket counts on the days its later span covers too.
/// </summary>
public static class Backlog
{
    public static IReadOnlyList<(DateOnly Day, int Open)> AtDayEnds(IEnumerable<TicketFact> facts, ServiceWindow window)
    {
        var spans = facts.SelectMany(f => f.OpenSpans).ToList();

        return [.. window.Days.Select(day => (day, OpenAt(spans, window.StartOf(day.AddDays(1)))))];
    }

    /// <summary>
    /// The tickets one day's point counts: unresolved at the end of <paramref name="day"/>. A day
    /// outside the window has no point, and nothing behind it.
    /// </summary>
    public static IEnumerable<TicketFact> OpenAtEndOf(IEnumerable<TicketFact> facts, ServiceWindow window, DateOnly day)
    {
        if (day < window.From || day > window.To)
        {
            return [];
        }

        var end = window.StartOf(day.AddDays(1));

        return facts.Where(f => f.OpenSpans.Any(s => IsOpenAt(s, end)));
    }

    private static bool IsOpenAt(OpenSpan span, DateTime end) => span.From < end && (span.To is null || span.To > end);

    private static int OpenAt(List<OpenSpan> spans, DateTime end) =>
        spans.Count(s => IsOpenAt(s, end));
}
