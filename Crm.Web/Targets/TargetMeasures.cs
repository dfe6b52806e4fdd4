using Crm.Domain.Targets;

namespace Crm.Web.Targets;

/// <summary>The measures in the order every targets screen shows them.</summary>
internal static class TargetMeasures
{
    public static readonly IReadOnlyList<TargetMeasure> All =
        [TargetMeasure.WonAmount, TargetMeasure.WonCount, TargetMeasure.ActivityCount];
}
