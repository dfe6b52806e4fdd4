using System.Globalization;

namespace Crm.Web.Charts;

/// <summary>Shared conversions from chart models to what Plotly's traces hold.</summary>
internal static class ChartValues
{
    /// <summary>
    /// Plotly reads its labels as a small subset of HTML: a name typed by a user ("A<br>B", "R&D")
    /// must read as typed, so the three characters that start markup become entities Plotly decodes.
    /// </summary>
    public static string Safe(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The point's own text, or its value in the reader's culture ("1,234.5", "1,234.5").</summary>
    public static string TextOf(ChartPoint point) =>
        Safe(point.Text ?? point.Value.ToString("#,##0.##", CultureInfo.CurrentCulture));

    public static List<object> Labels(IEnumerable<ChartPoint> points) =>
        points.Select(p => (object)Safe(p.Label)).ToList();

    public static List<object> Values(IEnumerable<ChartPoint> points) => points.Select(p => (object)p.Value).ToList();

    public static List<string> Texts(IEnumerable<ChartPoint> points) => points.Select(TextOf).ToList();

    /// <summary>True when no series has a point with a value other than zero.</summary>
    public static bool NothingToDraw(IEnumerable<ChartSeries>? series) =>
        series is null || !series.SelectMany(s => s.Points).Any(p => p.Value != 0);

    /// <summary>
    /// The series' points in the order of <paramref name="categories"/>, null for a category it has
    /// no point for (the first point when it has several).
    /// </summary>
    public static IReadOnlyList<ChartPoint?> Align(ChartSeries series, IReadOnlyList<string> categories)
    {
        var byLabel = series.Points.GroupBy(p => p.Label).ToDictionary(g => g.Key, g => g.First());

        return [.. categories.Select(c => byLabel.GetValueOrDefault(c))];
    }

    public static IReadOnlyList<IReadOnlyList<string>> Keys(IEnumerable<ChartSeries> series) =>
        series.Select(s => (IReadOnlyList<string>)s.Points.Select(p => p.Key).ToList()).ToList();
}
