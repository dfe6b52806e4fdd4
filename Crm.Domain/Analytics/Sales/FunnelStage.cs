using Crm.Domain.Pipeline;

namespace Crm.Domain.Analytics.Sales;

/// <summary>A stage of the pipeline a funnel is drawn for, in the pipeline's order.</summary>
public sealed record FunnelStage(Guid Id, string Name, int SortOrder, StageOutcome Outcome);
