using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Currencies;

internal sealed class ExchangeRateService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<ExchangeRateService> logger)
    : IExchangeRateService
{
    private const string RecordType = "ExchangeRate";

    public async Task<ExchangeRateList> ListAsync(
        string? currency = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var baseCurrency = await CurrencyConversion.BaseCurrencyAsync(db, cancellationToken);

        var rates = db.ExchangeRates.AsNoTracking().Where(r => r.BaseCurrency == baseCurrency);
        if (!string.IsNullOrWhiteSpace(currency))
        {
            var code = currency.Trim().ToUpperInvariant();
            rates = rates.Where(r => r.Currency == code);
        }

        var rows = await rates.OrderBy(r => r.Currency).ThenByDescending(r => r.EffectiveDate)
            .Select(r => new ExchangeRateRow(r.Id, r.Version, r.Currency, r.EffectiveDate, r.Rate))
            .ToListAsync(cancellationToken);

        return new ExchangeRateList(baseCurrency, rows, actor.IsAdmin);
    }

    public async Task<ExchangeRateRow> SetRateAsync(
        string currency, DateOnly effectiveDate, decimal rate, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var baseCurrency = await CurrencyConversion.BaseCurrencyAsync(db, cancellationToken);
        var code = currency?.Trim().ToUpperInvariant() ?? "";
        var now = clock.GetUtcNow().UtcDateTime;

        var existing = await db.ExchangeRates.IgnoreQueryFilters().SingleOrDefaultAsync(
            r => r.BaseCurrency == baseCurrency && r.Currency == code && r.EffectiveDate == effectiveDate,
            cancellationToken);
        var saved = existing
            ?? ExchangeRate.Create(Guid.CreateVersion7(), code, baseCurrency, effectiveDate, rate, now);
        if (existing is null)
        {
            db.ExchangeRates.Add(saved);
        }
        else if (existing.IsDeleted)
        {
            existing.Restore(rate, now);
        }
        else
        {
            existing.ChangeRate(rate, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        CurrenciesLog.RateSet(logger, saved.Currency, effectiveDate, actor.UserId);

        return new ExchangeRateRow(saved.Id, saved.Version, saved.Currency, saved.EffectiveDate, saved.Rate);
    }

    public async Task DeleteRateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var rate = await db.ExchangeRates.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        rate.Delete(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        CurrenciesLog.RateRemoved(logger, id, actor.UserId);
    }

    private async Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        if (!actor.IsAdmin)
        {
            CurrenciesLog.Refused(logger, actor.UserId);
            throw new ForbiddenException("Only admins set exchange rates.");
        }

        return actor;
    }
}
