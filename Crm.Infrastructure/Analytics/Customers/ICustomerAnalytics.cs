namespace Crm.Infrastructure.Analytics.Customers;

/// <summary>
/// The customer dashboard's figures for the signed-in user, from the live opportunity facts they
/// may see (docs/metrics.md, "Customers"). Reads no opportunity rows: the organisation's settings
/// and the top accounts' names are two small queries.
/// </summary>
public interface ICustomerAnalytics
{
    Task<CustomerDashboard> ReadAsync(CustomerQuery query, CancellationToken cancellationToken = default);
}
