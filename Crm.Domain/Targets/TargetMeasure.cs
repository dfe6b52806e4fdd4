namespace Crm.Domain.Targets;

/// <summary>What a target counts. Definitions: docs/metrics.md, "Targets and attainment".</summary>
public enum TargetMeasure
{
    /// <summary>Won amount in the base currency, stored in minor units.</summary>
    WonAmount = 1,

    /// <summary>Number of opportunities won.</summary>
    WonCount = 2,

    /// <summary>Number of customer interactions logged (see <see cref="ActivityCounting"/>).</summary>
    ActivityCount = 3,
}
