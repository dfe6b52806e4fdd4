using System.Diagnostics;

namespace Crm.Benchmarks;

/// <summary>Runs a case a few times untimed, then times it until the run count or the budget is reached.</summary>
internal sealed class CaseRunner(BenchmarkOptions options)
{
    private const int MinimumRuns = 3;

    public async Task<Stats> MeasureAsync(GridCase gridCase, CaseContext context, CancellationToken cancellationToken)
    {
        var result = default(CaseResult);
        for (var i = 0; i < options.Warmups; i++)
        {
            result = await gridCase.RunAsync(context, cancellationToken);
        }

        var timings = new List<double>(options.Runs);
        var started = Stopwatch.GetTimestamp();
        while (timings.Count < options.Runs
            && (timings.Count < MinimumRuns || Stopwatch.GetElapsedTime(started) < options.BudgetPerCase))
        {
            var before = Stopwatch.GetTimestamp();
            result = await gridCase.RunAsync(context, cancellationToken);
            timings.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
        }

        return new Stats(timings, result.Rows, result.Total);
    }
}
