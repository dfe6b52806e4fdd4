using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Forecasting;
using Crm.Web.Charts;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Forecasting;

/// <summary>
/// "Forecast over time" on the forecast page: a line each for closed won, won + commit and won +
/// commit + best case, one point per snapshot day and the live one last, and the scope's target
/// dashed. The table beside it adds the weighted pipeline and attainment. Before the period's first
/// snapshot it says when snapshots come instead of drawing a single point.
/// </summary>
public sealed partial class ForecastTrendChart
{
    private static readonly (string Key, string Color, Func<ForecastTrendPoint, long> Amount)[] Lines =
    [
        ("ClosedWon", "#2e7d32", p => p.ClosedWon),
        ("Commit", "#1e4fd8", p => p.Commit),
        ("BestCase", "#7c9cf0", p => p.BestCase),
    ];

    private const string TargetColor = "#c62828";

    /// <summary>The trend of the page's period and scope; null while it loads.</summary>
    [Parameter, EditorRequired]
    public ForecastTrendView? Trend { get; set; }

    [Inject]
    private IStringLocalizer<ForecastText> Text { get; set; } = default!;

    private bool HasSnapshots => Trend is { Snapshots: > 0 };

    private IReadOnlyList<ForecastTrendPoint> Points => Trend?.Points ?? [];

    private IReadOnlyList<ChartSeries> Series()
    {
        var series = Lines.Select(l => new ChartSeries(l.Key, Text[$"Trend.{l.Key}"],
            Points.Select((p, i) => Point($"{l.Key}:{i}", p, l.Amount(p))).ToList(), l.Color)).ToList();
        if (Trend?.Target is { } target)
        {
            series.Add(new ChartSeries("Target", Text["Trend.Target"],
                Points.Select((p, i) => Point($"Target:{i}", p, target)).ToList(), TargetColor, Dashed: true));
        }

        return series;
    }

    private ChartTable Table() => new(
        Text["Trend.Title"],
        [
            Text["Trend.Date"], Text["Trend.Source"], Text["Trend.ClosedWon"], Text["Trend.Commit"],
            Text["Trend.BestCase"], Text["Trend.Weighted"], Text["Trend.Target"], Text["Trend.Attainment"],
        ],
        Points.Select(p => (IReadOnlyList<TableCell>)
        [
            TableCell.Date(p.Day),
            TableCell.Text(p.IsLive ? Text["Trend.Now"] : Text["Trend.Snapshot"]),
            Money(p.ClosedWon), Money(p.Commit), Money(p.BestCase), Money(p.Weighted),
            Trend!.Target is { } target ? Money(target) : TableCell.Text(null),
            p.AttainmentOf(Trend.Target) is { } share
                ? TableCell.Decimal(share, share.ToString("P1", CultureInfo.CurrentCulture))
                : TableCell.Text(null),
        ]).ToList());

    // The live point is named, not dated: today may also have a snapshot, and an axis label is one point.
    private ChartPoint Point(string key, ForecastTrendPoint point, long minorUnits) => new(
        key, point.IsLive ? Text["Trend.Now"] : point.Day.ToString("d", CultureInfo.CurrentCulture),
        minorUnits / 100m, MoneyText.Compact(new Money(minorUnits, Trend!.BaseCurrency)));

    private TableCell Money(long minorUnits) =>
        TableCell.Money(minorUnits, MoneyText.Format(new Money(minorUnits, Trend!.BaseCurrency)));
}
