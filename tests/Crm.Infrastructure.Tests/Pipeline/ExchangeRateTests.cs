using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>Rates are set by admins, one per currency and day, and exact as stored.</summary>
public sealed class ExchangeRateTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetRateAsync_SameDayTwice_KeepsOneRateWithTheLastValue(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var rates = host.Get<IExchangeRateService>();

        await rates.SetRateAsync("eur", new DateOnly(2026, 2, 1), 7.81m, Token);
        await rates.SetRateAsync("EUR", new DateOnly(2026, 2, 1), 7.83456789m, Token);

        var list = await rates.ListAsync("EUR", Token);
        var day = list.Rates.Where(r => r.EffectiveDate == new DateOnly(2026, 2, 1));
        Assert.Equal([7.83456789m], day.Select(r => r.Rate));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task LoadAsync_ClosedAmount_ConvertsAtTheRateOfItsCloseDay(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var rates = host.Get<IExchangeRateService>();
        await rates.SetRateAsync("HKD", new DateOnly(2026, 1, 1), 0.91m, Token);
        await rates.SetRateAsync("HKD", new DateOnly(2026, 2, 15), 0.93m, Token);

        var converter = await host.Get<ICurrencyConversion>().LoadAsync(Token);

        Assert.Equal(91_000, converter.ToBase(new Money(100_000, "HKD"), new DateOnly(2026, 2, 14)).MinorUnits);
        Assert.Equal(93_000, converter.ToBase(new Money(100_000, "HKD")).MinorUnits);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetRateAsync_BaseCurrency_ThrowsCurrencyIsBase(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            host.Get<IExchangeRateService>().SetRateAsync("CNY", new DateOnly(2026, 1, 1), 1m, Token));

        Assert.Equal("Currency.is-base", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetRateAsync_SalesManager_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        host.Actor.SignIn(Guid.CreateVersion7(), Domain.Teams.Roles.SalesManager);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.Get<IExchangeRateService>().SetRateAsync("USD", new DateOnly(2026, 1, 1), 7m, Token));
    }
}
