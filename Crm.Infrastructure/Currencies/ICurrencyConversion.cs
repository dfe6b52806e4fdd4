using Crm.Domain.Currencies;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Currencies;

/// <summary>
/// Hands out a <see cref="CurrencyConverter"/> loaded once for one operation: the base currency
/// (OrganizationSettings.BaseCurrency, CNY while no settings exist), the organisation's current
/// date in its default time zone, and every rate into that base. Lists, boards and forecasts
/// load one and convert all their amounts with it, so one operation never mixes two rate sets.
/// </summary>
public interface ICurrencyConversion
{
    /// <summary>Loads with the caller's context (two small queries).</summary>
    Task<CurrencyConverter> LoadAsync(CrmDbContext db, CancellationToken cancellationToken = default);

    /// <summary>Loads on a context of its own.</summary>
    Task<CurrencyConverter> LoadAsync(CancellationToken cancellationToken = default);
}
