using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Customers;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Analytics;

public sealed class CustomerAnalyticsTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 3);
    private static readonly Guid Acc1 = Guid.NewGuid(), Acc2 = Guid.NewGuid(), Acc3 = Guid.NewGuid();
    private static readonly Guid Acc4 = Guid.NewGuid(), Acc5 = Guid.NewGuid();

    // Acc1 strategic: won 10 Jan 100,000 and 1 Sep 50,000 (93 days ago), open 30,000.
    // Acc2 key: won 1 Nov 2025 80,000 (397 days ago: churned with a 180-day window).
    // Acc3: only lost. Acc4: won after the as-of day. Acc5 key: won 6 Jun without a rate, exactly
    // 180 days ago (not past the window).
    private static readonly OpportunityFact[] Facts =
    [
        Won(Acc1, AccountTier.Strategic, new DateOnly(2026, 1, 10), 10_000_000),
        Won(Acc1, AccountTier.Strategic, new DateOnly(2026, 9, 1), 5_000_000),
        Open(Acc1, AccountTier.Strategic, 3_000_000),
        Won(Acc2, AccountTier.Key, new DateOnly(2025, 11, 1), 8_000_000),
        Won(Acc3, AccountTier.Standard, new DateOnly(2026, 5, 5), 1_000_000) with { Status = OpportunityStatus.Lost },
        Won(Acc4, AccountTier.Standard, new DateOnly(2026, 12, 20), 2_000_000),
        Won(Acc5, AccountTier.Key, new DateOnly(2026, 6, 6), null),
    ];

    // Customers Acc1, Acc2, Acc5; repeat Acc1 (1 of 3); churned Acc2 (1 of 3).
    [Fact]
    public void Compute_AsOfToday_RepeatAndChurnAmongCustomers()
    {
        var figures = CustomerAnalytics.Compute(Facts, AsOf, churnWindowDays: 180);

        Assert.Equal((3, 1, 1m / 3, 1, 1m / 3), (figures.Customers, figures.RepeatCustomers,
            figures.RepeatPurchaseRate, figures.Churned, figures.ChurnRate));
    }

    // (150,000 + 80,000 + 0) ÷ 3 = 76,666.666… → 76,666.67.
    [Fact]
    public void Compute_AsOfToday_AverageLifetimeValueRoundsToTheFen()
    {
        var figures = CustomerAnalytics.Compute(Facts, AsOf, churnWindowDays: 180);

        Assert.Equal(7_666_667, figures.AverageLifetimeValue);
    }

    [Fact]
    public void Compute_AsOfToday_TiersAndTopAccounts()
    {
        var figures = CustomerAnalytics.Compute(Facts, AsOf, churnWindowDays: 180);

        Assert.Equal(
            [(AccountTier.Strategic, 1, 15_000_000L), (AccountTier.Key, 2, 8_000_000), (AccountTier.Standard, 0, 0)],
            figures.ByTier.Select(t => (t.Tier, t.Customers, t.WonBase)));
        Assert.Equal([(Acc1, 3_000_000L), (Acc2, 0), (Acc5, 0)],
            figures.TopAccounts.Select(c => (c.AccountId, c.OpenBase)));
    }

    [Fact]
    public void Compute_NoCustomers_RatesAreUndefined()
    {
        var figures = CustomerAnalytics.Compute([], AsOf, churnWindowDays: 180);

        Assert.Equal((0, null, null, null),
            (figures.Customers, figures.RepeatPurchaseRate, figures.ChurnRate, figures.AverageLifetimeValue));
    }

    // Key: Acc2 (80,000) and Acc5 (won without a rate: 0), highest value first; as many as the bar.
    [Fact]
    public void OfTier_Key_TheCustomersItsBarCounts()
    {
        var behind = CustomerAnalytics.OfTier(Facts, AsOf, 180, AccountTier.Key);

        Assert.Equal([Acc2, Acc5], behind.Select(c => c.AccountId));
        Assert.Equal(behind.Count, CustomerAnalytics.Compute(Facts, AsOf, 180).ByTier
            .Single(t => t.Tier == AccountTier.Key).Customers);
    }

    private static OpportunityFact Won(Guid account, AccountTier tier, DateOnly closedOn, long? amountBase) =>
        SalesFixture.Named('A') with
        {
            Id = Guid.NewGuid(),
            AccountId = account,
            Tier = tier,
            ClosedOn = closedOn,
            AmountBase = amountBase,
        };

    private static OpportunityFact Open(Guid account, AccountTier tier, long amountBase) =>
        SalesFixture.Named('B') with { Id = Guid.NewGuid(), AccountId = account, Tier = tier, AmountBase = amountBase };
}
