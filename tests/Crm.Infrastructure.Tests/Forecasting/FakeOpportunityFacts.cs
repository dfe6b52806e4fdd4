using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Analytics;

namespace Crm.Infrastructure.Tests.Forecasting;

/// <summary>
/// The fact table as a test sets it: the rows and the organisation's today. The real table is
/// built elsewhere from the database; the forecast only reads rows, so fixture rows stand in.
/// </summary>
public sealed class FakeOpportunityFacts : IOpportunityFacts
{
    private long _sequence;

    public ImmutableArray<OpportunityFact> Rows { get; set; } = [];

    public DateOnly Today { get; set; } = new(2026, 5, 11);

    public ValueTask<FactTable<OpportunityFact>> CurrentAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new FactTable<OpportunityFact>(++_sequence, Rows, "CNY", Today, []));

    public IDisposable Subscribe(Action onChanged) => new Unsubscribe();

    public static OpportunityFact Fact(
        Guid owner, Guid? team, OpportunityStatus status, ForecastCategory category, long? amountBase,
        int probability, DateOnly expectedClose, DateOnly? closedOn = null, Guid? id = null) =>
        new()
        {
            Id = id ?? Guid.CreateVersion7(),
            Version = 1,
            PipelineId = Guid.Empty,
            StageId = Guid.Empty,
            Status = status,
            Category = category,
            Probability = probability,
            OwnerId = owner,
            TeamId = team,
            AccountId = Guid.Empty,
            Region = "华东",
            Industry = Industry.Manufacturing,
            Tier = AccountTier.Standard,
            AmountMinorUnits = amountBase ?? 0,
            Currency = "CNY",
            AmountBase = amountBase,
            ExpectedCloseDate = expectedClose,
            ClosedOn = closedOn,
            CreatedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            CloseReason = null,
            Visits = [],
        };

    private sealed class Unsubscribe : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
