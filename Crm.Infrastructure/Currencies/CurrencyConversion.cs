using Crm.Domain.Currencies;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Currencies;

internal sealed class CurrencyConversion(IDbContextFactory<CrmDbContext> contexts, TimeProvider clock)
    : ICurrencyConversion
{
    // The defaults of a database whose organisation settings were never saved (a fresh install
    // without the demo); they match OrganizationSettings' own defaults.
    internal const string DefaultBaseCurrency = "CNY";
    internal const string DefaultTimeZone = "Asia/Shanghai";

    public async Task<CurrencyConverter> LoadAsync(CrmDbContext db, CancellationToken cancellationToken = default)
    {
        var settings = await db.Organization.AsNoTracking()
            .Select(o => new { o.BaseCurrency, o.DefaultTimeZone })
            .FirstOrDefaultAsync(cancellationToken);
        var baseCurrency = settings?.BaseCurrency ?? DefaultBaseCurrency;
        var rates = await db.ExchangeRates.AsNoTracking()
            .Where(r => r.BaseCurrency == baseCurrency)
            .Select(r => new RatePoint(r.Currency, r.EffectiveDate, r.Rate))
            .ToListAsync(cancellationToken);

        return new CurrencyConverter(baseCurrency, Today(settings?.DefaultTimeZone ?? DefaultTimeZone), rates);
    }

    public async Task<CurrencyConverter> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await LoadAsync(db, cancellationToken);
    }

    internal static async Task<string> BaseCurrencyAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        await db.Organization.Select(o => o.BaseCurrency).FirstOrDefaultAsync(cancellationToken)
        ?? DefaultBaseCurrency;

    private DateOnly Today(string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
