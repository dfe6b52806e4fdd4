using System.Globalization;

namespace Crm.Benchmarks;

/// <summary>The command line of the grid benchmark; see <see cref="Usage"/>.</summary>
internal sealed record BenchmarkOptions(
    string Provider,
    string ConnectionString,
    int Runs,
    int Warmups,
    TimeSpan BudgetPerCase,
    IReadOnlyList<string> Personas,
    string? Only,
    string? MarkdownPath,
    bool ShowSql)
{
    public const string Usage = """
        Times the account grid, contact grid and global search against a generated database.

          dotnet run --project tests/Crm.Benchmarks -c Release -- [options]

          --db PATH            SQLite file (default /tmp/perf/crm.db)
          --provider NAME      Sqlite (default), SqlServer or PostgreSql
          --connection TEXT    connection string (instead of --db)
          --runs N             timed runs per case (default 15)
          --warmups N          untimed runs per case first (default 2)
          --budget SECONDS     stop a case after this much time, but only after 3 runs (default 20)
          --as LIST            personas, comma-separated: admin,manager,rep (default all three)
          --only TEXT          only cases whose name contains TEXT
          --markdown PATH      also write the results as a Markdown table
          --sql                print the SQL each query sends (EF Core's command log)
        """;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--sql")
            {
                values["sql"] = "true";
                continue;
            }

            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        var connection = values.GetValueOrDefault("connection")
            ?? $"Data Source={values.GetValueOrDefault("db", "/tmp/perf/crm.db")}";

        return new BenchmarkOptions(
            values.GetValueOrDefault("provider", "Sqlite"),
            connection,
            Number(values, "runs", 15),
            Number(values, "warmups", 2),
            TimeSpan.FromSeconds(Number(values, "budget", 20)),
            values.GetValueOrDefault("as", "admin,manager,rep").Split(',', StringSplitOptions.RemoveEmptyEntries),
            values.GetValueOrDefault("only"),
            values.GetValueOrDefault("markdown"),
            values.ContainsKey("sql"));
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
