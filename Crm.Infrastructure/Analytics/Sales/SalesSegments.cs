using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Sales;

namespace Crm.Infrastructure.Analytics.Sales;

/// <summary>Which facts a clicked segment stands for: the same rule that counted them.</summary>
internal static class SalesSegments
{
    public static IEnumerable<OpportunityFact> Behind(
        IReadOnlyList<OpportunityFact> rows, IReadOnlyList<FunnelStage> stages, SalesFilter filter,
        SalesSegment segment) => segment switch
    {
        SalesSegment.FunnelStep step => SalesFunnel.Reached(rows, stages, filter, step.StageId),
        SalesSegment.Rep rep => Leaderboard.Of(rows, filter, rep.OwnerId),
        SalesSegment.LostReason reason => LostReasons.Of(rows, filter, reason.Reason),
        _ => [],
    };
}
