using Crm.Domain.Analytics;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Customers;
using Crm.Infrastructure.Analytics.Service;

namespace Crm.Web.Tests.Analytics;

/// <summary>Answers with <see cref="Dashboard"/> and <see cref="Records"/>; records the segments asked for.</summary>
internal sealed class FakeServiceAnalytics(ServiceDashboard dashboard) : IServiceAnalytics
{
    public ServiceDashboard Dashboard { get; set; } = dashboard;

    public IReadOnlyList<TicketRecord> Records { get; set; } = [];

    public List<(ServiceQuery Query, ServiceSegment Segment, int Limit)> Asked { get; } = [];

    public Task<ServiceDashboard> ReadAsync(ServiceQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Dashboard);

    public Task<IReadOnlyList<TicketRecord>> RecordsBehindAsync(
        ServiceQuery query, ServiceSegment segment, int limit = 200, CancellationToken cancellationToken = default)
    {
        Asked.Add((query, segment, limit));

        return Task.FromResult(Records);
    }
}

/// <summary>Answers with <see cref="Dashboard"/> and <see cref="Records"/>; records the segments asked for.</summary>
internal sealed class FakeCustomerAnalytics(CustomerDashboard dashboard) : ICustomerAnalytics
{
    public CustomerDashboard Dashboard { get; set; } = dashboard;

    public IReadOnlyList<AccountRecord> Records { get; set; } = [];

    public List<CustomerSegment> Segments { get; } = [];

    public Task<CustomerDashboard> ReadAsync(CustomerQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Dashboard);

    public Task<IReadOnlyList<AccountRecord>> RecordsBehindAsync(
        CustomerQuery query, CustomerSegment segment, int limit = 200, CancellationToken cancellationToken = default)
    {
        Segments.Add(segment);

        return Task.FromResult(Records);
    }
}

/// <summary>A ticket fact table that never changes.</summary>
internal sealed class FakeTicketFacts : ITicketFacts
{
    public ValueTask<FactTable<TicketFact>> CurrentAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new FactTable<TicketFact>(1, [], "CNY", new DateOnly(2026, 3, 2), []));

    public IDisposable Subscribe(Action onChanged) => new Nothing();

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
