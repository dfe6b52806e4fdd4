namespace Crm.Infrastructure.Analytics.Customers;

/// <summary>
/// The customer dashboard's figures for the signed-in user, from the live opportunity facts they
/// may see (docs/metrics.md, "Customers"). Reads no opportunity rows: the organisation's settings
/// and the top accounts' names are two small queries.
/// </summary>
public interface ICustomerAnalytics
{
    Task<CustomerDashboard> ReadAsync(CustomerQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The accounts behind a chart segment, highest lifetime value first, at most
    /// <paramref name="limit"/>: exactly the customers its figure counted, under the same query
    /// and visibility.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not positive.</exception>
    Task<IReadOnlyList<AccountRecord>> RecordsBehindAsync(
        CustomerQuery query, CustomerSegment segment, int limit = 200, CancellationToken cancellationToken = default);
}
