using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Forecasting;

/// <summary>Opportunity facts with valid defaults; a test names what it cares about.</summary>
internal static class FactBuilder
{
    public static readonly DateTime Created = new(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    public static OpportunityFact Open(
        Guid owner, Guid? team, ForecastCategory category, long? amountBase, int probability, DateOnly expectedClose,
        string currency = "CNY", Guid? id = null, DateTime? created = null) =>
        Fact(owner, team, OpportunityStatus.Open, category, amountBase, probability, expectedClose, null, currency,
            id, created);

    public static OpportunityFact Won(Guid owner, Guid? team, long? amountBase, DateOnly closedOn, Guid? id = null) =>
        Fact(owner, team, OpportunityStatus.Won, ForecastCategory.Closed, amountBase, 100, closedOn, closedOn, "CNY",
            id, null);

    public static OpportunityFact Lost(Guid owner, Guid? team, long? amountBase, DateOnly closedOn, Guid? id = null) =>
        Fact(owner, team, OpportunityStatus.Lost, ForecastCategory.Closed, amountBase, 0, closedOn, closedOn, "CNY",
            id, null);

    private static OpportunityFact Fact(
        Guid owner, Guid? team, OpportunityStatus status, ForecastCategory category, long? amountBase,
        int probability, DateOnly expectedClose, DateOnly? closedOn, string currency, Guid? id, DateTime? created) =>
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
            AmountMinorUnits = amountBase ?? 100_000,
            Currency = currency,
            AmountBase = amountBase,
            ExpectedCloseDate = expectedClose,
            ClosedOn = closedOn,
            CreatedAt = created ?? Created,
            CloseReason = null,
            Visits = ImmutableArray<StageVisit>.Empty,
        };
}
