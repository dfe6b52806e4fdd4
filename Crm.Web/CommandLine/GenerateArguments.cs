using System.Globalization;
using Crm.Infrastructure.Seeding.Scale;

namespace Crm.Web.CommandLine;

/// <summary>
/// The parsed arguments of <c>generate</c>: what to generate, and configuration overrides
/// (<c>--ConnectionStrings:Crm=...</c>, any option whose name holds a colon) for the host.
/// </summary>
internal sealed record GenerateArguments(GenerationRequest Request, string[] Configuration, bool Help)
{
    public const string Usage = """
        Usage: Crm.Web generate --accounts N [--activities N] [--opportunities N] [--tickets N]
                                [--batch-size N]
                                [--Section:Key=value ...]

          --accounts N       generated accounts to reach in total (each with 0-3 contacts)
          --activities N     generated activities to reach in total, spread over those accounts
          --opportunities N  generated opportunities to reach in total, spread over those accounts,
                             each with its stage history over the past 18 months
          --tickets N        generated tickets to reach in total, spread over those accounts,
                             each with its conversation and status history
          --batch-size N     records per save (default 5000)
          --Section:Key=V   any configuration setting, e.g. --ConnectionStrings:Crm="Data Source=data/scale.db"

        Numbers are totals: running the same command again continues where the last run stopped
        and writes nothing once the totals are reached. Migrations run first; on an empty database
        the demo seed runs too unless --Seed:Demo=false.
        """;

    /// <summary>Parses the arguments after the verb; returns an error naming the bad argument instead.</summary>
    public static (GenerateArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (name is "--help" or "-h" or "-?")
            {
                return (new GenerateArguments(new GenerationRequest(0, 0), [], Help: true), null);
            }

            if (name.StartsWith("--", StringComparison.Ordinal) && name.Contains(':', StringComparison.Ordinal))
            {
                configuration.Add(args[i]);
                if (inlineValue is null && i + 1 < args.Count)
                {
                    configuration.Add(args[++i]);
                }

                continue;
            }

            if (name is not ("--accounts" or "--activities" or "--opportunities" or "--tickets" or "--batch-size"))
            {
                return (null, $"Unknown argument '{args[i]}'.");
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            if (value is null)
            {
                return (null, $"{name} needs a value.");
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return (null, $"{name}: '{value}' is not a whole number of zero or more.");
            }

            numbers[name] = number;
        }

        return Build(numbers, configuration);
    }

    private static (GenerateArguments?, string?) Build(Dictionary<string, int> numbers, List<string> configuration)
    {
        if (!numbers.ContainsKey("--accounts") && !numbers.ContainsKey("--activities")
            && !numbers.ContainsKey("--opportunities") && !numbers.ContainsKey("--tickets"))
        {
            return (null, "Nothing to generate: give --accounts (and --activities, --opportunities or --tickets).");
        }

        var request = new GenerationRequest(
            numbers.GetValueOrDefault("--accounts"),
            numbers.GetValueOrDefault("--activities"),
            numbers.GetValueOrDefault("--batch-size", GenerationRequest.DefaultBatchSize),
            numbers.GetValueOrDefault("--opportunities"),
            numbers.GetValueOrDefault("--tickets"));

        return request.Problem() is { } problem
            ? (null, problem)
            : (new GenerateArguments(request, [.. configuration], Help: false), null);
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);

        return equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }
}
