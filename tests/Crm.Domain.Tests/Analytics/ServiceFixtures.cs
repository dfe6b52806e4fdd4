using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Service;
using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Analytics;

/// <summary>
/// Ticket facts built by hand, and the window the service figures are tested on: Monday 2 and
/// Tuesday 3 March 2026 in Asia/Shanghai (UTC+8), that is 2026-03-01 16:00 to 2026-03-03 16:00 UTC.
/// </summary>
internal static class ServiceFixtures
{
    public static readonly ServiceWindow MondayTuesday = new(
        new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3),
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

    /// <summary>A UTC moment from "yyyy-MM-dd HH:mm".</summary>
    public static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", null), DateTimeKind.Utc);

    /// <summary>An email problem opened at <paramref name="openedAt"/> (UTC), open since; nothing decided.</summary>
    public static TicketFact Ticket(string openedAt)
    {
        var opened = Utc(openedAt);

        return new TicketFact
        {
            Id = Guid.CreateVersion7(), Version = 1, Number = 1, Channel = TicketChannel.Email,
            Category = TicketCategory.Problem, Priority = TicketPriority.Medium, Status = TicketStatus.Open,
            QueueId = Guid.Empty, TeamId = Guid.Empty, AssigneeId = null, AccountId = null, OpenedAt = opened,
            FirstRespondedAt = null, ResolvedAt = null, ClosedAt = null, FirstResponseTime = null,
            ResolutionTime = null, FirstResponseMet = null, ResolutionMet = null, ReopenCount = 0, Rating = null,
            RatedAt = null, OpenSpans = [new OpenSpan(opened, null)],
        };
    }

    /// <summary>The ticket first answered at <paramref name="at"/> after <paramref name="hours"/> worked.</summary>
    public static TicketFact Answered(this TicketFact fact, string at, double hours) =>
        fact with { FirstRespondedAt = Utc(at), FirstResponseTime = TimeSpan.FromHours(hours) };

    /// <summary>The ticket last resolved at <paramref name="at"/> after <paramref name="hours"/> worked.</summary>
    public static TicketFact Resolved(this TicketFact fact, string at, double hours) =>
        fact with
        {
            Status = TicketStatus.Resolved, ResolvedAt = Utc(at), ResolutionTime = TimeSpan.FromHours(hours),
            OpenSpans = [new OpenSpan(fact.OpenedAt, Utc(at))],
        };

    /// <summary>The ticket, assigned to <paramref name="agent"/>, rated at <paramref name="at"/>.</summary>
    public static TicketFact RatedBy(this TicketFact fact, Guid agent, int rating, string at) =>
        fact with { AssigneeId = agent, Rating = rating, RatedAt = Utc(at) };
}
