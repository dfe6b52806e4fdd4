namespace Crm.Infrastructure.Analytics.Sales;

/// <summary>
/// The sales dashboard's figures for the signed-in user: the live opportunity facts they may
/// see, narrowed by the query and computed on demand (docs/metrics.md, "Sales"). Reads no
/// opportunity rows; the organisation's settings and the pipeline's stages are two small queries.
/// </summary>
public interface ISalesAnalytics
{
    Task<SalesDashboard> ReadAsync(SalesQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The opportunities behind a chart segment, largest base amount first, at most
    /// <paramref name="limit"/>: exactly those its figure counted.
    /// </summary>
    Task<IReadOnlyList<OpportunityRecord>> RecordsBehindAsync(
        SalesQuery query, SalesSegment segment, int limit = 200, CancellationToken cancellationToken = default);
}
