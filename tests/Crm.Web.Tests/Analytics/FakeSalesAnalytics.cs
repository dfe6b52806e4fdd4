using Crm.Domain.Analytics;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Sales;

namespace Crm.Web.Tests.Analytics;

/// <summary>Answers every query with <see cref="Dashboard"/>, and records the queries and segments asked for.</summary>
internal sealed class FakeSalesAnalytics(SalesDashboard dashboard) : ISalesAnalytics
{
    public SalesDashboard Dashboard { get; set; } = dashboard;

    public List<SalesQuery> Queries { get; } = [];

    public List<SalesSegment> Segments { get; } = [];

    public IReadOnlyList<OpportunityRecord> Records { get; set; } = [];

    public Task<SalesDashboard> ReadAsync(SalesQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);

        return Task.FromResult(Dashboard);
    }

    public Task<IReadOnlyList<OpportunityRecord>> RecordsBehindAsync(
        SalesQuery query, SalesSegment segment, int limit = 200, CancellationToken cancellationToken = default)
    {
        Segments.Add(segment);

        return Task.FromResult(Records);
    }
}

/// <summary>A fact table that never changes but lets a test announce a change.</summary>
internal sealed class FakeOpportunityFacts : IOpportunityFacts
{
    private readonly List<Action> _subscribers = [];

    public ValueTask<FactTable<OpportunityFact>> CurrentAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new FactTable<OpportunityFact>(1, [], "CNY", new DateOnly(2026, 3, 2), []));

    public IDisposable Subscribe(Action onChanged)
    {
        _subscribers.Add(onChanged);

        return new Unsubscriber(() => _subscribers.Remove(onChanged));
    }

    public void AnnounceChange() => _subscribers.ToList().ForEach(s => s());

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
