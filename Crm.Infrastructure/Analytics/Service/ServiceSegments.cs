using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Service;

namespace Crm.Infrastructure.Analytics.Service;

/// <summary>Which facts a clicked segment stands for: the same rule that counted them.</summary>
internal static class ServiceSegments
{
    /// <param name="window">The period's window, which the volume and satisfaction figures cover.</param>
    /// <param name="backlog">The backlog's window (the period up to today); null before the period starts.</param>
    public static IEnumerable<TicketFact> Behind(
        IReadOnlyList<TicketFact> rows, ServiceWindow window, ServiceWindow? backlog, ServiceSegment segment) =>
        segment switch
        {
            ServiceSegment.Channel channel => TicketVolume.OfChannel(rows, window, channel.Value),
            ServiceSegment.Category category => TicketVolume.OfCategory(rows, window, category.Value),
            ServiceSegment.HourOfWeek cell => TicketVolume.OfHour(rows, window, cell.Day, cell.Hour),
            ServiceSegment.BacklogDay day when backlog is not null => Backlog.OpenAtEndOf(rows, backlog, day.Day),
            ServiceSegment.Satisfaction part => AgentSatisfaction.RatedFor(rows, window, part.AssigneeId, part.Rating),
            _ => [],
        };
}
