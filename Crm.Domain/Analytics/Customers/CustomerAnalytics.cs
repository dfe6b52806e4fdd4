using Crm.Domain.Customers;

namespace Crm.Domain.Analytics.Customers;

/// <summary>
/// Who buys again and who has stopped, from won opportunities closed on or before the as-of day:
/// <list type="bullet">
/// <item>a customer is an account with at least one won opportunity (a renewal is one);</item>
/// <item>repeat purchase rate = customers with two or more ÷ customers;</item>
/// <item>a customer has churned when its last won opportunity closed more than the window's
/// days before the as-of day; churn rate = churned ÷ customers;</item>
/// <item>lifetime value = the base amount of everything it has won; the average is over
/// customers, rounded half away from zero to the minor unit;</item>
/// <item>top accounts: highest lifetime value first, with their open pipeline (today's base
/// amounts of open opportunities).</item>
/// </list>
/// </summary>
public static class CustomerAnalytics
{
    public static CustomerFigures Compute(
        IEnumerable<OpportunityFact> facts, DateOnly asOf, int churnWindowDays, int top = 10)
    {
        var customers = Customers(facts, asOf, churnWindowDays);
        var repeat = customers.Count(c => c.Won >= 2);
        var churned = customers.Count(c => c.Churned);
        var total = customers.Sum(c => c.WonBase);

        return new CustomerFigures(
            asOf,
            churnWindowDays,
            customers.Count,
            repeat,
            Share(repeat, customers.Count),
            churned,
            Share(churned, customers.Count),
            Average(total, customers.Count),
            Tiers(customers),
            [.. ByValue(customers).Take(top)]);
    }

    /// <summary>
    /// The customers one tier's bar counts: accounts of that tier with a won opportunity closed on
    /// or before <paramref name="asOf"/>, highest lifetime value first (the top accounts' order).
    /// </summary>
    public static IReadOnlyList<CustomerValue> OfTier(
        IEnumerable<OpportunityFact> facts, DateOnly asOf, int churnWindowDays, AccountTier tier) =>
        [.. ByValue(Customers(facts, asOf, churnWindowDays).Where(c => c.Tier == tier))];

    private static List<CustomerValue> Customers(IEnumerable<OpportunityFact> facts, DateOnly asOf, int window)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);

        return facts.GroupBy(f => f.AccountId)
            .Select(g => Value(g, asOf, window))
            .OfType<CustomerValue>()
            .ToList();
    }

    private static IEnumerable<CustomerValue> ByValue(IEnumerable<CustomerValue> customers) =>
        customers.OrderByDescending(c => c.WonBase).ThenBy(c => c.AccountId);

    private static CustomerValue? Value(IGrouping<Guid, OpportunityFact> account, DateOnly asOf, int window)
    {
        var won = account.Where(f => f.IsWon && f.ClosedOn <= asOf).ToList();
        if (won.Count == 0)
        {
            return null;
        }

        var lastWon = won.Max(f => f.ClosedOn!.Value);
        var open = account.Where(f => f.IsOpen).Sum(f => f.AmountBase ?? 0);

        return new CustomerValue(account.Key, won[0].Tier, won.Count, won.Sum(f => f.AmountBase ?? 0), lastWon, open,
            asOf.DayNumber - lastWon.DayNumber > window);
    }

    private static List<TierShare> Tiers(List<CustomerValue> customers) =>
        Enum.GetValues<AccountTier>()
            .Select(t => new TierShare(t, customers.Count(c => c.Tier == t),
                customers.Where(c => c.Tier == t).Sum(c => c.WonBase)))
            .ToList();

    private static long? Average(long total, int count) =>
        count > 0 ? (long)Math.Round((decimal)total / count, MidpointRounding.AwayFromZero) : null;

    private static decimal? Share(int part, int whole) => whole > 0 ? (decimal)part / whole : null;
}
