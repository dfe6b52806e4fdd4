using Crm.Domain.Analytics;
using Crm.Infrastructure.Analytics;

namespace Crm.Infrastructure.Displays.Boards;

/// <summary>
/// One organisation day as UTC moments: from its local midnight (inclusive) to the next
/// (exclusive). A zone that skips midnight for daylight saving starts the day at its first
/// valid local time.
/// </summary>
internal sealed record ServiceDay(DateOnly Date, DateTime StartUtc, DateTime EndUtc)
{
    public static ServiceDay Of(DateTimeOffset now, TimeZoneInfo zone)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

        return new ServiceDay(date, MidnightUtc(date, zone), MidnightUtc(date.AddDays(1), zone));
    }

    public bool Contains(DateTime? at) => at is { } moment && moment >= StartUtc && moment < EndUtc;

    private static DateTime MidnightUtc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}

/// <summary>
/// The ticket facts that count on one organisation day (opened, resolved or rated in it), by
/// team: worked out once per fact table and day, however many boards read them.
/// </summary>
internal sealed class TodayFacts
{
    private readonly ILookup<Guid, TicketFact> _byTeam;

    private TodayFacts(long sequence, ServiceDay day, ILookup<Guid, TicketFact> byTeam) =>
        (Sequence, Day, _byTeam) = (sequence, day, byTeam);

    public long Sequence { get; }

    public ServiceDay Day { get; }

    public static TodayFacts Of(FactTable<TicketFact> table, ServiceDay day) =>
        new(table.Sequence, day, table.Rows
            .Where(f => day.Contains(f.OpenedAt) || day.Contains(f.ResolvedAt) || day.Contains(f.RatedAt))
            .ToLookup(f => f.TeamId));

    public bool Holds(FactTable<TicketFact> table, ServiceDay day) => Sequence == table.Sequence && Day == day;

    public IEnumerable<TicketFact> Of(Guid teamId) => _byTeam[teamId];
}
