using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>The results, one row per case and one column per persona: median / p95 in ms.</summary>
internal sealed class ResultTable(IReadOnlyList<string> personas)
{
    private readonly List<(GridCase Case, Dictionary<string, Stats> ByPersona)> _rows = [];

    public void Add(GridCase gridCase, string persona, Stats stats)
    {
        var row = _rows.FirstOrDefault(r => r.Case == gridCase);
        if (row.Case is null)
        {
            row = (gridCase, new Dictionary<string, Stats>(StringComparer.Ordinal));
            _rows.Add(row);
        }

        row.ByPersona[persona] = stats;
    }

    public static string Line(GridCase gridCase, string persona, Stats stats) => string.Create(
        CultureInfo.InvariantCulture,
        $"{persona,-8} {gridCase.Title,-48} median {stats.Median,8:F1}  p95 {stats.P95,8:F1}  min {stats.Min,8:F1} ms"
        + $"  runs {stats.Milliseconds.Count,2}  rows {stats.Rows,3}  total {stats.Total,7}");

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| Query | {string.Join(" | ", personas.Select(p => $"{p} median / p95 (total)"))} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(personas.Select(_ => " ---: |"))}");
        foreach (var (gridCase, byPersona) in _rows)
        {
            var cells = personas.Select(p => byPersona.TryGetValue(p, out var s) ? Cell(s) : "");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {gridCase.Title} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }

    private static string Cell(Stats stats) =>
        string.Create(CultureInfo.InvariantCulture, $"{stats.Median:F0} / {stats.P95:F0} ({stats.Total:N0})");
}
