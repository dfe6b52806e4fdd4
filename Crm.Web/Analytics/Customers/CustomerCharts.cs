using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Analytics.Customers;
using Crm.Web.Charts;
using Crm.Web.Currencies;
using Crm.Web.Customers;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Analytics.Customers;

/// <summary>Turns the customer figures into the tier chart and the tables beside it; keys are tier names.</summary>
public sealed class CustomerCharts(
    CustomerDashboard dashboard, IStringLocalizer<AnalyticsText> text, IStringLocalizer<CustomersText> customerText)
{
    public IReadOnlyList<ChartSeries> Tiers() =>
    [
        new("customers", text["Customers.TierCustomers"], dashboard.Figures.ByTier
            .Select(t => new ChartPoint(t.Tier.ToString(), TierName(t.Tier), t.Customers,
                $"{t.Customers.ToString("N0", CultureInfo.CurrentCulture)} · {Compact(t.WonBase)}"))
            .ToList()),
    ];

    public ChartTable TiersTable() => new(
        text["Customers.Tiers"],
        [text["Customers.Tier"], text["Customers.TierCustomers"], text["Customers.TierWon"]],
        dashboard.Figures.ByTier.Select(t => (IReadOnlyList<TableCell>)
            [TableCell.Text(TierName(t.Tier)), TableCell.Integer(t.Customers), Money(t.WonBase)]).ToList());

    public ChartTable TopTable() => new(
        text["Customers.Top"],
        [text["Customers.Account"], text["Customers.Tier"], text["Customers.Won"], text["Customers.LifetimeValue"],
            text["Customers.LastWon"], text["Customers.Open"], text["Customers.Status"]],
        dashboard.Figures.TopAccounts.Select(c => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(NameOf(c.AccountId)),
            TableCell.Text(TierName(c.Tier)),
            TableCell.Integer(c.Won),
            Money(c.WonBase),
            TableCell.Date(c.LastWonOn),
            Money(c.OpenBase),
            TableCell.Text(c.Churned ? text["Customers.Churned"] : text["Customers.Active"]),
        ]).ToList());

    public string NameOf(Guid accountId) => dashboard.AccountNames.GetValueOrDefault(accountId, "");

    public string TierName(AccountTier tier) => customerText[$"Tier.{tier}"];

    public string Compact(long minorUnits) => MoneyText.Compact(new Money(minorUnits, dashboard.BaseCurrency));

    private TableCell Money(long minorUnits) =>
        TableCell.Money(minorUnits, MoneyText.Format(new Money(minorUnits, dashboard.BaseCurrency)));
}
