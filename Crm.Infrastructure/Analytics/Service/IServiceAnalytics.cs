namespace Crm.Infrastructure.Analytics.Service;

/// <summary>
/// The service dashboard's figures for the signed-in user: the live ticket facts of the queues
/// and agents they work (docs/metrics.md, "Service"), narrowed by the query and computed on
/// demand. Reads no ticket rows; settings and the names of queues and agents are small queries.
/// </summary>
public interface IServiceAnalytics
{
    Task<ServiceDashboard> ReadAsync(ServiceQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The tickets behind a chart segment, newest opened first, at most <paramref name="limit"/>:
    /// exactly those its figure counted, under the same query and the same ticket visibility. A
    /// backlog day outside the line (before the period, after today) has none.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not positive.</exception>
    Task<IReadOnlyList<TicketRecord>> RecordsBehindAsync(
        ServiceQuery query, ServiceSegment segment, int limit = 200, CancellationToken cancellationToken = default);
}
