using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Customers;
using Crm.Domain.Analytics.Sales;
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
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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
        var figures = CustomerAnalytics.Compute(visible.Where(narrowing.Matches), asOf, options.Value.ChurnWindowDays);
        var names = await NamesAsync(db, figures.TopAccounts.Select(c => c.AccountId).ToList(), cancellationToken);
        var choices = await AnalyticsChoicesReader.ReadAsync(db, visible, cancellationToken);

        return new CustomerDashboard(
            table.Sequence, settings.ViewOf(period), table.BaseCurrency, figures, names, choices);
    }

    private static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(
        CrmDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
}
