namespace Crm.Infrastructure.Analytics.Service;

/// <summary>
/// The service dashboard's figures for the signed-in user: the live ticket facts of the queues
/// and agents they work (docs/metrics.md, "Service"), narrowed by the query and computed on
/// demand. Reads no ticket rows; settings and the names of queues and agents are small queries.
/// </summary>
public interface IServiceAnalytics
{
    Task<ServiceDashboard> ReadAsync(ServiceQuery query, CancellationToken cancellationToken = default);
}
