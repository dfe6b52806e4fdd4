using System.Globalization;
using Crm.Domain.Common;
using Crm.Infrastructure.Analytics.Sales;
using Crm.Web.Charts;
using Crm.Web.Currencies;
using Microsoft.Extensions.Localization;
using DomainLostReason = Crm.Domain.Analytics.Sales.LostReason;

namespace Crm.Web.Analytics.Sales;

/// <summary>
/// Turns the sales dashboard's figures into the charts' models and the tables beside them. Keys
/// name the segment a click opens: a stage id, an owner id, a lost reason.
/// </summary>
public sealed class SalesCharts(SalesDashboard dashboard, IStringLocalizer<AnalyticsText> text)
{
    private string Currency => dashboard.BaseCurrency;

    public IReadOnlyList<FunnelSegment> Funnel() =>
        dashboard.Funnel.Select(step => new FunnelSegment(
            step.Stage.Id.ToString(), step.Stage.Name, step.Count, step.AmountBase, Compact(step.AmountBase))).ToList();

    public ChartTable FunnelTable() => new(
        text["Funnel.Title"],
        [text["Funnel.Stage"], text["Funnel.Count"], text["Funnel.Amount"], text["Funnel.Conversion"]],
        dashboard.Funnel.Select(step => Row(
            TableCell.Text(step.Stage.Name),
            TableCell.Integer(step.Count),
            Money(step.AmountBase),
            Percent(step.ConversionFromPrevious))).ToList());

    public IReadOnlyList<ChartSeries> Durations() =>
    [
        new("median", text["Durations.Series"], dashboard.StageDurations
            .Select(d => new ChartPoint(d.Stage.Id.ToString(), d.Stage.Name, Days(d.Median),
                d.Median is { } m ? string.Format(CultureInfo.CurrentCulture, text["Common.Days"], m.TotalDays) : null))
            .ToList()),
    ];

    public bool HasDurations => dashboard.StageDurations.Any(d => d.Stays > 0);

    public ChartTable DurationsTable() => new(
        text["Durations.Title"],
        [text["Funnel.Stage"], text["Durations.Stays"], text["Durations.Median"]],
        dashboard.StageDurations.Select(d => Row(
            TableCell.Text(d.Stage.Name),
            TableCell.Integer(d.Stays),
            MedianCell(d.Median))).ToList());

    private TableCell MedianCell(TimeSpan? median) =>
        median is { } value
            ? TableCell.Decimal(Days(value), value.TotalDays.ToString("0.#", CultureInfo.CurrentCulture))
            : TableCell.Text(text["Common.Undefined"]);

    public IReadOnlyList<ChartSeries> Leaders() =>
    [
        new("won", text["Leaderboard.Won"], dashboard.Leaderboard
            .Select(l => new ChartPoint(l.OwnerId.ToString(), dashboard.Choices.NameOf(l.OwnerId),
                l.WonAmountBase / 100m, Compact(l.WonAmountBase)))
            .ToList()),
    ];

    public ChartTable LeaderboardTable() => new(
        text["Leaderboard.Title"],
        [text["Leaderboard.Rank"], text["Leaderboard.Rep"], text["Leaderboard.Won"], text["Leaderboard.WonCount"],
            text["Leaderboard.Lost"], text["Leaderboard.WinRate"], text["Leaderboard.Open"]],
        dashboard.Leaderboard.Select(l => Row(
            TableCell.Integer(l.Rank),
            TableCell.Text(dashboard.Choices.NameOf(l.OwnerId)),
            Money(l.WonAmountBase),
            TableCell.Integer(l.Won),
            TableCell.Integer(l.Lost),
            Percent(l.WinRate),
            Money(l.OpenWeightedBase))).ToList());

    public IReadOnlyList<ChartSeries> LostReasons() =>
    [
        new("lost", text["Lost.Count"], dashboard.LostReasons
            .Select(r => new ChartPoint(r.Reason, ReasonText(r), r.Count, Compact(r.AmountBase)))
            .ToList()),
    ];

    public ChartTable LostReasonsTable() => new(
        text["Lost.Title"],
        [text["Lost.Reason"], text["Lost.Count"], text["Lost.Amount"]],
        dashboard.LostReasons.Select(r => Row(
            TableCell.Text(ReasonText(r)), TableCell.Integer(r.Count), Money(r.AmountBase))).ToList());

    public string ReasonText(DomainLostReason reason) =>
        reason.Reason.Length == 0 ? text["Lost.NoReason"] : reason.Reason;

    public string Compact(long minorUnits) => MoneyText.Compact(new Money(minorUnits, Currency));

    public string Full(long minorUnits) => MoneyText.Format(new Money(minorUnits, Currency));

    private TableCell Money(long minorUnits) => TableCell.Money(minorUnits, Full(minorUnits));

    private TableCell Percent(decimal? share) =>
        share is { } value
            ? TableCell.Decimal(Math.Round(value, 4), value.ToString("P1", CultureInfo.CurrentCulture))
            : TableCell.Text(text["Common.Undefined"]);

    private static decimal Days(TimeSpan? span) => span is { } value ? Math.Round((decimal)value.TotalDays, 1) : 0m;

    private static IReadOnlyList<TableCell> Row(params TableCell[] cells) => cells;
}
