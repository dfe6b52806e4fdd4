using Crm.Domain.Currencies;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;

namespace Crm.Web.Tests.Pipeline.Opportunities;

/// <summary>Base currency CNY with a US dollar rate.</summary>
public sealed class FakeCurrencyConversion : ICurrencyConversion
{
    private static readonly CurrencyConverter Converter =
        new("CNY", new DateOnly(2026, 3, 2), [new RatePoint("USD", new DateOnly(2026, 1, 1), 7.2m)]);

    public Task<CurrencyConverter> LoadAsync(CrmDbContext db, CancellationToken cancellationToken = default) =>
        Task.FromResult(Converter);

    public Task<CurrencyConverter> LoadAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Converter);
}
