using Crm.Domain.Currencies;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;

namespace Crm.Web.Tests.Currencies;

/// <summary>Rates into CNY held in memory; records the rates the page sets and removes.</summary>
public sealed class FakeExchangeRateService : IExchangeRateService
{
    public List<ExchangeRateRow> Rates { get; } = [];

    public List<(string Currency, DateOnly Day, decimal Rate)> Set { get; } = [];

    public bool CanEdit { get; set; } = true;

    public static ExchangeRateRow Row(string currency, DateOnly day, decimal rate) =>
        new(Guid.NewGuid(), 1, currency, day, rate);

    public Task<ExchangeRateList> ListAsync(string? currency = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ExchangeRateList("CNY", [.. Rates], CanEdit));

    public Task<ExchangeRateRow> SetRateAsync(
        string currency, DateOnly effectiveDate, decimal rate, CancellationToken cancellationToken = default)
    {
        Set.Add((currency, effectiveDate, rate));
        var row = Row(currency, effectiveDate, rate);
        Rates.Add(row);

        return Task.FromResult(row);
    }

    public Task DeleteRateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        Rates.RemoveAll(r => r.Id == id);

        return Task.CompletedTask;
    }
}

/// <summary>Conversions as of a fixed organisation day, with the fake's rates.</summary>
public sealed class FakeCurrencyConversion(FakeExchangeRateService rates, DateOnly today) : ICurrencyConversion
{
    public Task<CurrencyConverter> LoadAsync(CrmDbContext db, CancellationToken cancellationToken = default) =>
        LoadAsync(cancellationToken);

    public Task<CurrencyConverter> LoadAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new CurrencyConverter(
            "CNY", today, rates.Rates.Select(r => new RatePoint(r.Currency, r.EffectiveDate, r.Rate))));
}
