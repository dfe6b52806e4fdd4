using System.Globalization;

namespace Crm.Benchmarks.Board;

/// <summary>The command line of the board benchmark; see <see cref="Usage"/>.</summary>
internal sealed record BoardBenchOptions(
    string DatabasePath, int Cards, int Teams, int RepsPerTeam, IReadOnlyList<int> Subscribers, int Events,
    string? MarkdownPath)
{
    public const string Usage = """
        Times the live board: one committed move read into the shared snapshot and handed to N
        open boards, on a SQLite file it creates afresh.

          dotnet run --project tests/Crm.Benchmarks -c Release -- board [options]

          --db PATH            SQLite file, deleted and recreated (default /tmp/perf/board.db)
          --cards N            opportunities on the pipeline (default 2000)
          --teams N            sales teams (default 10), each with --reps reps (default 8)
          --subscribers LIST   open boards to measure with, comma-separated (default 1,100,1000)
          --events N           moves timed per subscriber count (default 100)
          --markdown PATH      also write the results as a Markdown table
        """;

    public static BoardBenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        return new BoardBenchOptions(
            values.GetValueOrDefault("db", "/tmp/perf/board.db"),
            Number(values, "cards", 2000),
            Number(values, "teams", 10),
            Number(values, "reps", 8),
            [.. values.GetValueOrDefault("subscribers", "1,100,1000").Split(',').Select(Parse)],
            Number(values, "events", 100),
            values.GetValueOrDefault("markdown"));
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? Parse(text) : fallback;

    private static int Parse(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
