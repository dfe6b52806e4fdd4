using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Customers;
using Crm.Domain.Analytics.Sales;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Analytics.Customers;

internal sealed class CustomerAnalyticsService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IOpportunityVisibility visibility,
    IOpportunityFacts facts, DashboardSettingsReader settingsReader, IOptions<AnalyticsOptions> options)
    : ICustomerAnalytics
{
    public async Task<CustomerDashboard> ReadAsync(CustomerQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var view = await ViewAsync(db, query, cancellationToken);
        var figures = CustomerAnalytics.Compute(view.Rows, view.AsOf, ChurnWindowDays);
        var names = await NamesAsync(db, figures.TopAccounts.Select(c => c.AccountId).ToList(), cancellationToken);
        var choices = await AnalyticsChoicesReader.ReadAsync(db, view.Visible, cancellationToken);

        return new CustomerDashboard(
            view.Table.Sequence, view.Settings.ViewOf(view.Period), view.Table.BaseCurrency, figures, names, choices);
    }

    public async Task<IReadOnlyList<AccountRecord>> RecordsBehindAsync(
        CustomerQuery query, CustomerSegment segment, int limit = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var view = await ViewAsync(db, query, cancellationToken);
        var behind = segment switch
        {
            CustomerSegment.Tier tier => CustomerAnalytics.OfTier(view.Rows, view.AsOf, ChurnWindowDays, tier.Value),
            _ => [],
        };

        return await AccountRecordsAsync(db, [.. behind.Take(limit)], cancellationToken);
    }

    private int ChurnWindowDays => options.Value.ChurnWindowDays;

    private async Task<CustomerView> ViewAsync(
        CrmDbContext db, CustomerQuery query, CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var settings = await settingsReader.ReadAsync(db, cancellationToken);
        var table = await facts.CurrentAsync(cancellationToken);

        var period = settings.PeriodOf(query.PeriodKey, query.Kind);
        var asOf = settings.Today < period.LastDay ? settings.Today : period.LastDay;
        var narrowing = new SalesFilter(settings.RangeOf(period), settings.Zone)
        {
            TeamId = query.TeamId,
            OwnerId = query.OwnerId,
            Region = query.Region,
            Industry = query.Industry,
        };
        var visible = access.SeesAny ? table.Rows.Where(f => access.CanSee(f.OwnerId)).ToList() : [];

        return new CustomerView(table, settings, period, asOf, visible, [.. visible.Where(narrowing.Matches)]);
    }

    // The owner is the account's now; tier, wins and value are the figure's.
    private static async Task<IReadOnlyList<AccountRecord>> AccountRecordsAsync(
        CrmDbContext db, List<CustomerValue> customers, CancellationToken cancellationToken)
    {
        var ids = customers.Select(c => c.AccountId).ToList();
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Name,
                Owner = db.CrmUsers.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        return customers.Where(c => accounts.ContainsKey(c.AccountId))
            .Select(c => new AccountRecord(
                c.AccountId, accounts[c.AccountId].Name, c.Tier, accounts[c.AccountId].Owner ?? "", c.Won, c.WonBase))
            .ToList();
    }

    private static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(
        CrmDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

    private sealed record CustomerView(
        FactTable<OpportunityFact> Table,
        DashboardSettings Settings,
        FiscalPeriod Period,
        DateOnly AsOf,
        List<OpportunityFact> Visible,
        List<OpportunityFact> Rows);
}
