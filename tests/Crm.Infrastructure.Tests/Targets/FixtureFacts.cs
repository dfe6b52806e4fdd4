using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Analytics;

namespace Crm.Infrastructure.Tests.Targets;

/// <summary>
/// The opportunity fact table as a test writes it by hand: the real one belongs to analytics,
/// and the targets service only reads <see cref="IOpportunityFacts.CurrentAsync"/>.
/// </summary>
internal sealed class FixtureFacts : IOpportunityFacts
{
    private ImmutableArray<OpportunityFact> _rows = [];

    public void Add(params OpportunityFact[] rows) => _rows = _rows.AddRange(rows);

    public ValueTask<FactTable<OpportunityFact>> CurrentAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new FactTable<OpportunityFact>(1, _rows, "CNY", new DateOnly(2026, 4, 10), []));

    public IDisposable Subscribe(Action onChanged) => new Unsubscribe();

    public static OpportunityFact Won(Guid ownerId, Guid teamId, long amountBase, DateOnly closedOn) =>
        Fact(ownerId, teamId, OpportunityStatus.Won, amountBase, 100, closedOn, closedOn);

    public static OpportunityFact Open(Guid ownerId, Guid teamId, long amountBase, int probability, DateOnly close) =>
        Fact(ownerId, teamId, OpportunityStatus.Open, amountBase, probability, close, null);

    private static OpportunityFact Fact(
        Guid ownerId, Guid teamId, OpportunityStatus status, long amountBase, int probability,
        DateOnly expectedClose, DateOnly? closedOn) => new()
    {
        Id = Guid.CreateVersion7(),
        Version = 1,
        PipelineId = Guid.Empty,
        StageId = Guid.Empty,
        Status = status,
        Category = status == OpportunityStatus.Open ? ForecastCategory.Commit : ForecastCategory.Closed,
        Probability = probability,
        OwnerId = ownerId,
        TeamId = teamId,
        AccountId = Guid.Empty,
        Region = "华东",
        Industry = Industry.Technology,
        Tier = AccountTier.Standard,
        AmountMinorUnits = amountBase,
        Currency = "CNY",
        AmountBase = amountBase,
        ExpectedCloseDate = expectedClose,
        ClosedOn = closedOn,
        CreatedAt = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc),
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
