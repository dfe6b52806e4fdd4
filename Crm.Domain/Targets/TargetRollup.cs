namespace Crm.Domain.Targets;

/// <summary>How a team's and the organisation's targets follow from the ones set.</summary>
public static class TargetRollup
{
    /// <summary>
    /// A team's target: the one set for the team when there is one, else the sum of the targets
    /// set for its reps; null when neither is set.
    /// </summary>
    public static long? Team(long? teamTarget, IEnumerable<long?> repTargets) =>
        teamTarget ?? Sum(repTargets);

    /// <summary>The organisation's target: the sum of its teams' targets; null when no team has one.</summary>
    public static long? Organization(IEnumerable<long?> teamTargets) => Sum(teamTargets);

    private static long? Sum(IEnumerable<long?> targets)
    {
        long? total = null;
        foreach (var target in targets)
        {
            if (target is { } value)
            {
                total = (total ?? 0) + value;
            }
        }

        return total;
    }
}
