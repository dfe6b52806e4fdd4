using System.Globalization;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Analytics.Service;
using Crm.Infrastructure.Export;
using Crm.Web.Charts;
using Crm.Web.Tickets;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Analytics.Service;

/// <summary>
/// The tickets of a records dialog as the dialog shows them and as they export: one row per
/// ticket, the creation time in the reader's time zone (a date-time cell in the file).
/// </summary>
public static class TicketRecordsTable
{
    public static ChartTable For(
        string title, IReadOnlyList<TicketRecord> records, Func<DateTime, DateTime> toLocal,
        IStringLocalizer<AnalyticsText> text, IStringLocalizer<TicketText> ticketText) => new(
        title,
        [text["Records.Ticket"], text["Records.Subject"], text["Records.Account"], text["Records.Status"],
            text["Records.Priority"], text["Records.Channel"], text["Records.Assignee"], text["Records.Created"]],
        records.Select(r => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(TicketNumbers.Format(r.Number)),
            TableCell.Text(r.Subject),
            TableCell.Text(r.AccountName),
            TableCell.Text(ticketText[$"Status.{r.Status}"]),
            TableCell.Text(ticketText[$"Priority.{r.Priority}"]),
            TableCell.Text(ticketText[$"Channel.{r.Channel}"]),
            TableCell.Text(r.AssigneeName.Length == 0 ? text["Service.InQueue"] : r.AssigneeName),
            Created(toLocal(r.OpenedAt)),
        ]).ToList());

    private static TableCell Created(DateTime local) =>
        new(local.ToString("g", CultureInfo.CurrentCulture), ExportCell.DateTime(local));
}
