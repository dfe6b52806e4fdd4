using System.Globalization;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Analytics.Service;

namespace Crm.Web.Analytics.Service;

/// <summary>
/// The keys the service charts give their segments and the segment each key stands for: a channel
/// or category name, <c>Monday-9</c> for a heat-map cell, <c>2026-03-02</c> for a backlog day,
/// <c>{agent id or "queue"}:{stars}</c> for a part of an agent's satisfaction bar. A key that does
/// not parse (a stale click, a hand-made event) stands for nothing.
/// </summary>
public static class ServiceSegmentKeys
{
    private const string Queue = "queue";

    public static string HourOfWeek(DayOfWeek day, int hour) => $"{day}-{hour.ToString(CultureInfo.InvariantCulture)}";

    public static string BacklogDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Satisfaction(Guid? assigneeId, int stars) =>
        $"{assigneeId?.ToString() ?? Queue}:{stars.ToString(CultureInfo.InvariantCulture)}";

    public static ServiceSegment.Channel? ParseChannel(string key) =>
        Enum.TryParse<TicketChannel>(key, out var channel) && Enum.IsDefined(channel) ? new(channel) : null;

    public static ServiceSegment.Category? ParseCategory(string key) =>
        Enum.TryParse<TicketCategory>(key, out var category) && Enum.IsDefined(category) ? new(category) : null;

    public static ServiceSegment.HourOfWeek? ParseHourOfWeek(string key) =>
        key.Split('-') is [var day, var hour]
        && Enum.TryParse<DayOfWeek>(day, out var weekday) && Enum.IsDefined(weekday)
        && int.TryParse(hour, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 0 and < 24
            ? new(weekday, h)
            : null;

    public static ServiceSegment.BacklogDay? ParseBacklogDay(string key) =>
        DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new(day)
            : null;

    public static ServiceSegment.Satisfaction? ParseSatisfaction(string key)
    {
        if (key.Split(':') is not [var agent, var stars]
            || !int.TryParse(stars, NumberStyles.None, CultureInfo.InvariantCulture, out var rating)
            || rating is < Ticket.MinRating or > Ticket.MaxRating)
        {
            return null;
        }

        if (agent == Queue)
        {
            return new(null, rating);
        }

        return Guid.TryParse(agent, out var assigneeId) ? new(assigneeId, rating) : null;
    }
}
