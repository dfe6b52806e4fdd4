using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Targets;

/// <summary>Opportunity facts with valid defaults; owner, status, amount and dates are the arguments.</summary>
internal static class Facts
{
    public static OpportunityFact Won(Guid ownerId, Guid? teamId, long amountBase, DateOnly closedOn) =>
        Fact(ownerId, teamId, OpportunityStatus.Won, amountBase, 100, closedOn, closedOn);

    public static OpportunityFact Lost(Guid ownerId, Guid? teamId, long amountBase, DateOnly closedOn) =>
        Fact(ownerId, teamId, OpportunityStatus.Lost, amountBase, 0, closedOn, closedOn);

    public static OpportunityFact Open(
        Guid ownerId, Guid? teamId, long? amountBase, int probability, DateOnly expectedClose) =>
        Fact(ownerId, teamId, OpportunityStatus.Open, amountBase, probability, expectedClose, null);

    public static OpportunityFact Fact(
        Guid ownerId, Guid? teamId, OpportunityStatus status, long? amountBase, int probability,
        DateOnly expectedClose, DateOnly? closedOn) => new()
    {
        Id = Guid.CreateVersion7(),
        Version = 1,
        PipelineId = Guid.Empty,
        StageId = Guid.Empty,
        Status = status,
        Category = status == OpportunityStatus.Open ? ForecastCategory.Pipeline : ForecastCategory.Closed,
        Probability = probability,
        OwnerId = ownerId,
        TeamId = teamId,
        AccountId = Guid.Empty,
        Region = "华东",
        Industry = Industry.Technology,
        Tier = AccountTier.Standard,
        AmountMinorUnits = amountBase ?? 100,
        Currency = amountBase is null ? "USD" : "CNY",
        AmountBase = amountBase,
        ExpectedCloseDate = expectedClose,
        ClosedOn = closedOn,
        CreatedAt = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc),
        CloseReason = null,
        Visits = ImmutableArray<StageVisit>.Empty,
    };
}
