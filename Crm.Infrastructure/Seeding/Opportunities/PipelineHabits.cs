using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Seeding.Opportunities;

/// <summary>
/// How long seeded opportunities stay in one open stage (whole days, both ends included) and the
/// chance that one is lost there instead of moving on.
/// </summary>
internal sealed record StageHabit(int MinDays, int MaxDays, double LossChance)
{
    public double AverageDays => (MinDays + MaxDays) / 2.0;
}

/// <summary>
/// A pipeline as seeded history walks it: its active open stages in order with a habit each,
/// its Won and Lost stages, and the stage in which the quote is made (where line items are added
/// and the estimate becomes an offer).
/// </summary>
internal sealed record PipelineHabits(SalesPipeline Pipeline, IReadOnlyList<StageHabit> Habits, int QuoteStage)
{
    public IReadOnlyList<Stage> Open { get; } = [.. Pipeline.ActiveStages.Where(s => s.IsOpen)];

    public Stage Won => Pipeline.WonStage;

    public Stage Lost => Pipeline.LostStage;

    /// <summary>
    /// Habits for any pipeline, such as one an administrator set up before generating scale
    /// data: two to five weeks per stage, losses falling from 25% in the first stage to 15%.
    /// </summary>
    public static PipelineHabits For(SalesPipeline pipeline)
    {
        var count = pipeline.ActiveStages.Count(s => s.IsOpen);
        var habits = Enumerable.Range(0, count)
            .Select(i => new StageHabit(5 + (3 * i), 30 + (5 * i), 0.25 - (0.10 * i / Math.Max(1, count - 1))))
            .ToList();

        return new PipelineHabits(pipeline, habits, count / 2);
    }

    /// <summary>The typical days still ahead of an opportunity in open stage <paramref name="index"/>.</summary>
    public double DaysAheadFrom(int index) => Habits.Skip(index).Sum(h => h.AverageDays);
}
