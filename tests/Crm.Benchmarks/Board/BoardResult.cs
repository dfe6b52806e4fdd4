using System.Globalization;
using System.Text;

namespace Crm.Benchmarks.Board;

/// <summary>Per event: bus to last board told, the fan-out loop alone, boards told, view build per board.</summary>
internal sealed class BoardTimings
{
    public List<double> Total { get; } = [];

    public List<double> FanOut { get; } = [];

    public List<double> Told { get; } = [];

    public List<double> ViewMicroseconds { get; } = [];

    public void Add(double total, double fanOut, int told, double view)
    {
        Total.Add(total);
        FanOut.Add(fanOut);
        Told.Add(told);
        ViewMicroseconds.Add(view);
    }
}

internal sealed record BoardResult(int Subscribers, double OpenMs, BoardTimings Timings, double ReadMs)
{
    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Subscribers,5} boards: open all {OpenMs,8:0.0} ms | "
        + $"event→last board median {Median(Timings.Total),6:0.00} ms, p95 {P95(Timings.Total),6:0.00} ms | "
        + $"fan-out loop {Median(Timings.FanOut),6:0.000} ms | {Timings.Told.Average(),6:0.0} boards told | "
        + $"view {Median(Timings.ViewMicroseconds),6:0} µs | read {ReadMs:0.00} ms");

    public static string Markdown(BoardBenchOptions options, IReadOnlyList<BoardResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{options.Cards} cards, {options.Teams} teams of {options.RepsPerTeam}, {options.Events} moves per row.");
        text.AppendLine();
        text.AppendLine("| Open boards | Boards told per move | Move → last board told, median / p95 (ms) | "
            + "Fan-out loop, median (ms) | One card read, median (ms) | One user's view, median (µs) |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Subscribers} | {r.Timings.Told.Average():0.0} | {Median(r.Timings.Total):0.00} / "
                + $"{P95(r.Timings.Total):0.00} | {Median(r.Timings.FanOut):0.000} | {r.ReadMs:0.00} | "
                + $"{Median(r.Timings.ViewMicroseconds):0} |");
        }

        return text.ToString();
    }

    private static double Median(List<double> values) => new Stats(values, 0, 0).Median;

    private static double P95(List<double> values) => new Stats(values, 0, 0).P95;
}
