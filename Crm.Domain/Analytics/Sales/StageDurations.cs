namespace Crm.Domain.Analytics.Sales;

/// <summary>How long finished stays in a stage took: their number and median.</summary>
public sealed record StageDuration(FunnelStage Stage, int Stays, TimeSpan? Median);

/// <summary>
/// Median time in each open stage of a pipeline, from stage history: every stay that ended on a
/// day of the period counts, one per stay (an opportunity moved back into a stage contributes
/// each stay). Stays still running are left out. Durations are elapsed calendar time.
/// </summary>
public static class StageDurations
{
    public static IReadOnlyList<StageDuration> Build(
        IEnumerable<OpportunityFact> facts, IReadOnlyList<FunnelStage> stages, SalesFilter filter)
    {
        var open = stages.Where(s => s.Outcome == Pipeline.StageOutcome.Open).OrderBy(s => s.SortOrder).ToList();
        var stays = open.ToDictionary(s => s.Id, _ => new List<TimeSpan>());
        foreach (var fact in facts.Where(filter.Matches))
        {
            foreach (var visit in fact.Visits)
            {
                if (visit.LeftAt is { } left && filter.Period.Contains(left, filter.Zone)
                    && stays.TryGetValue(visit.StageId, out var list))
                {
                    list.Add(left - visit.EnteredAt);
                }
            }
        }

        return open.Select(s => new StageDuration(s, stays[s.Id].Count, Percentiles.Median(stays[s.Id]))).ToList();
    }
}
