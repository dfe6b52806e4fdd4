using Crm.Domain.Common;
using Crm.Infrastructure.Analytics.Customers;
using Crm.Web.Charts;
using Crm.Web.Currencies;
using Crm.Web.Customers;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Analytics.Customers;

/// <summary>
/// The customers of a records dialog as the dialog shows them and as they export: name, tier,
/// owner, won count and lifetime value (money in the file).
/// </summary>
public static class AccountRecordsTable
{
    public static ChartTable For(
        string title, IReadOnlyList<AccountRecord> records, string baseCurrency,
        IStringLocalizer<AnalyticsText> text, IStringLocalizer<CustomersText> customerText) => new(
        title,
        [text["Customers.Account"], text["Customers.Tier"], text["Records.Owner"], text["Customers.Won"],
            text["Customers.LifetimeValue"]],
        records.Select(r => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(r.Name),
            TableCell.Text(customerText[$"Tier.{r.Tier}"]),
            TableCell.Text(r.OwnerName),
            TableCell.Integer(r.Won),
            TableCell.Money(r.LifetimeValueBase, MoneyText.Whole(new Money(r.LifetimeValueBase, baseCurrency))),
        ]).ToList());
}
