namespace Crm.Web.Charts;

/// <summary>
/// One segment of a bar or line chart. <paramref name="Key"/> is stable and unique within the chart:
/// a click on the segment hands it back so the page can open the records behind it.
/// <paramref name="Label"/> is the category (a stage, a rep, a period) shown on the axis.
/// <paramref name="Text"/>, when given, is the formatted value shown on the segment and in its tooltip.
/// </summary>
public sealed record ChartPoint(string Key, string Label, decimal Value, string? Text = null);

/// <summary>A named series of points: one colour, one legend entry.</summary>
/// <param name="Color">A CSS colour; null takes the next colour of the theme.</param>
/// <param name="Dashed">
/// A line (of a line chart, or over a bar chart's bars) is drawn dashed: a target beside the forecast
/// or beside what was won.
/// </param>
public sealed record ChartSeries(
    string Key, string Name, IReadOnlyList<ChartPoint> Points, string? Color = null, bool Dashed = false);

/// <summary>
/// A stage of a funnel chart: how many records reached it and their amount in the base currency
/// (minor units), with the amount already formatted in the reader's language. (Not the domain's
/// <c>FunnelStage</c>, which defines a stage; this is what the chart draws for one.)
/// </summary>
public sealed record FunnelSegment(string Key, string Label, long Count, long AmountMinorUnits, string AmountText);

/// <summary>One hour of the week in a heat map (hour 0–23 of the given day) and its value.</summary>
public sealed record HeatMapCell(string Key, DayOfWeek Day, int Hour, decimal Value, string? Text = null);

/// <summary>
/// Attainment against a target: <paramref name="Actual"/> and <paramref name="Target"/> in the same
/// unit, <paramref name="PaceShare"/> the share of the period elapsed (0–1, from working days) at
/// which the pace marker stands; the texts are the formatted actual and target.
/// </summary>
public sealed record GaugeReading(
    decimal Actual, decimal Target, decimal? PaceShare, string ActualText, string TargetText);

/// <summary>How several bar series share a category.</summary>
public enum BarArrangement
{
    Grouped,
    Stacked,
}

/// <summary>Which funnel figure sets the width of a stage; the other one is shown as text.</summary>
public enum FunnelMeasure
{
    Amount,
    Count,
}
