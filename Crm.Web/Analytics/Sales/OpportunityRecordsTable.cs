using System.Globalization;
using Crm.Domain.Common;
using Crm.Infrastructure.Analytics.Sales;
using Crm.Web.Charts;
using Crm.Web.Currencies;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Analytics.Sales;

/// <summary>
/// The opportunities of a records dialog as the dialog shows them and as they export: one row per
/// opportunity, cells typed (the amount stays money, the close day a date).
/// </summary>
public static class OpportunityRecordsTable
{
    public static ChartTable For(
        string title, IReadOnlyList<OpportunityRecord> records, string baseCurrency,
        IStringLocalizer<AnalyticsText> text) => new(
        title,
        [text["Records.Name"], text["Records.Account"], text["Records.Owner"], text["Records.Stage"],
            text["Records.Amount"], text["Records.Close"]],
        records.Select(r => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(r.Name),
            TableCell.Text(r.AccountName),
            TableCell.Text(r.OwnerName),
            TableCell.Text(r.StageName),
            Amount(r, baseCurrency, text),
            Close(r, text),
        ]).ToList());

    private static TableCell Amount(OpportunityRecord record, string currency, IStringLocalizer<AnalyticsText> text) =>
        record.AmountBase is { } amount
            ? TableCell.Money(amount, MoneyText.Whole(new Money(amount, currency)))
            : TableCell.Text(text["Records.NoRate"]);

    // An open opportunity shows its expected day, marked as expected; the export keeps the date.
    private static TableCell Close(OpportunityRecord record, IStringLocalizer<AnalyticsText> text) =>
        record.ClosedOn is { } closed
            ? TableCell.Date(closed)
            : TableCell.Date(record.ExpectedCloseDate) with
            {
                Display = string.Format(CultureInfo.CurrentCulture, text["Records.Close.Expected"],
                    record.ExpectedCloseDate),
            };
}
