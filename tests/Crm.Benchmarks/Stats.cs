namespace Crm.Benchmarks;

/// <summary>The timings of one case for one persona, in milliseconds.</summary>
internal sealed record Stats(IReadOnlyList<double> Milliseconds, int Rows, int Total)
{
    public double Median => Percentile(0.5);

    public double P95 => Percentile(0.95);

    public double Min => Milliseconds.Min();

    // Nearest rank: with few runs the 95th percentile is the slowest run, which is the honest answer.
    private double Percentile(double fraction)
    {
        var sorted = Milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);

        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
