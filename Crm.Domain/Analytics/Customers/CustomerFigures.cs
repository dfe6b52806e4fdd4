using Crm.Domain.Customers;

namespace Crm.Domain.Analytics.Customers;

/// <summary>Customers of one tier and what they have bought.</summary>
public sealed record TierShare(AccountTier Tier, int Customers, long WonBase);

/// <summary>One customer's buying history as of the day figures are taken.</summary>
public sealed record CustomerValue(
    Guid AccountId, AccountTier Tier, int Won, long WonBase, DateOnly LastWonOn, long OpenBase, bool Churned);

/// <summary>
/// The customer figures as of <see cref="AsOf"/>. Rates are null when there is no customer.
/// </summary>
public sealed record CustomerFigures(
    DateOnly AsOf,
    int ChurnWindowDays,
    int Customers,
    int RepeatCustomers,
    decimal? RepeatPurchaseRate,
    int Churned,
    decimal? ChurnRate,
    long? AverageLifetimeValue,
    IReadOnlyList<TierShare> ByTier,
    IReadOnlyList<CustomerValue> TopAccounts);
