using Crm.Domain.Pipeline;

namespace Crm.Domain.Analytics.Sales;

/// <summary>
/// One step of the funnel: how many of the cohort reached the stage, their amount, and their share
/// of the step before.
/// </summary>
public sealed record FunnelStep(FunnelStage Stage, int Count, long AmountBase, decimal? ConversionFromPrevious);

/// <summary>
/// The funnel of one pipeline: the opportunities open at some moment of the period, counted in
/// every open stage up to the furthest one they ever reached by the pipeline's order (a stage
/// skipped or left by a move back still counts as reached), and in every open stage and the Won
/// step once won. Lost opportunities stay in the stages they reached. Amounts are base amounts
/// (today's rate while open, the close day's once closed); facts without one count but add no
/// amount.
/// </summary>
public static class SalesFunnel
{
    public static IReadOnlyList<FunnelStep> Build(
        IEnumerable<OpportunityFact> facts, IReadOnlyList<FunnelStage> stages, SalesFilter filter)
    {
        var steps = Steps(stages);
        var positions = steps.Select((stage, index) => (stage.Id, index)).ToDictionary(p => p.Id, p => p.index);
        var counts = new int[steps.Count];
        var amounts = new long[steps.Count];
        foreach (var fact in facts.Where(filter.ActiveInPeriod))
        {
            var furthest = Furthest(fact, positions, steps);
            for (var i = 0; i <= furthest; i++)
            {
                counts[i]++;
                amounts[i] += fact.AmountBase ?? 0;
            }
        }

        return steps.Select((stage, i) => new FunnelStep(stage, counts[i], amounts[i], Conversion(counts, i))).ToList();
    }

    /// <summary>The opportunities counted in the step of <paramref name="stageId"/>.</summary>
    public static IEnumerable<OpportunityFact> Reached(
        IEnumerable<OpportunityFact> facts, IReadOnlyList<FunnelStage> stages, SalesFilter filter, Guid stageId)
    {
        var steps = Steps(stages);
        var positions = steps.Select((stage, index) => (stage.Id, index)).ToDictionary(p => p.Id, p => p.index);
        if (!positions.TryGetValue(stageId, out var step))
        {
            return [];
        }

        return facts.Where(filter.ActiveInPeriod).Where(f => Furthest(f, positions, steps) >= step);
    }

    private static List<FunnelStage> Steps(IReadOnlyList<FunnelStage> stages) =>
        stages.Where(s => s.Outcome == StageOutcome.Open)
            .OrderBy(s => s.SortOrder)
            .Concat(stages.Where(s => s.Outcome == StageOutcome.Won).Take(1))
            .ToList();

    // -1 for a fact that never entered a stage of this pipeline.
    private static int Furthest(OpportunityFact fact, Dictionary<Guid, int> positions, List<FunnelStage> steps)
    {
        var furthest = -1;
        foreach (var visit in fact.Visits)
        {
            if (positions.TryGetValue(visit.StageId, out var position))
            {
                furthest = Math.Max(furthest, position);
            }
        }

        var wonStep = steps.Count > 0 && steps[^1].Outcome == StageOutcome.Won ? steps.Count - 1 : -1;

        return fact.IsWon && furthest >= 0 && wonStep >= 0 ? wonStep : furthest;
    }

    private static decimal? Conversion(int[] counts, int index) =>
        index > 0 && counts[index - 1] > 0 ? (decimal)counts[index] / counts[index - 1] : null;
}
