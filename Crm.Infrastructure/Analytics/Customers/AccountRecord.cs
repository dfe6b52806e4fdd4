using Crm.Domain.Customers;

namespace Crm.Infrastructure.Analytics.Customers;

/// <summary>
/// One customer behind a clicked chart segment, as the records list shows it: its tier as the
/// figure counted it, the account's owner, how many opportunities it has won and their base
/// amount (its lifetime value, minor units).
/// </summary>
public sealed record AccountRecord(
    Guid Id, string Name, AccountTier Tier, string OwnerName, int Won, long LifetimeValueBase);
