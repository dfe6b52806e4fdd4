using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Currencies;

/// <summary>
/// The exchange rates into the base currency. Anyone signed in reads them; only admins set or
/// remove them (<see cref="ForbiddenException"/> otherwise). How rates are applied is
/// documented in docs/money.md.
/// </summary>
public interface IExchangeRateService
{
    /// <summary>Rates into the current base currency, by currency then newest date first.</summary>
    Task<ExchangeRateList> ListAsync(string? currency = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the rate of <paramref name="currency"/> from <paramref name="effectiveDate"/> on,
    /// replacing a rate already set for that day. Throws <see cref="DomainException"/> for an
    /// invalid code, the base currency itself or a rate out of range.
    /// </summary>
    Task<ExchangeRateRow> SetRateAsync(
        string currency, DateOnly effectiveDate, decimal rate, CancellationToken cancellationToken = default);

    /// <summary>Removes a rate set by mistake; <see cref="NotFoundException"/> when it does not exist.</summary>
    Task DeleteRateAsync(Guid id, CancellationToken cancellationToken = default);
}
