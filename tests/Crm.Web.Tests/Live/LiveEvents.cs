using Crm.Domain.Pipeline;

namespace Crm.Web.Tests.Live;

/// <summary>
/// Opportunity events as the pipeline's domain records them. Published on the bus by the tests
/// until the opportunity service exists on this branch.
/// </summary>
internal static class LiveEvents
{
    public static readonly DateTime At = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    public static OpportunityStageChanged StageChanged(
        Person owner, Guid? pipelineId = null, OpportunityStatus status = OpportunityStatus.Open) =>
        new(Guid.CreateVersion7(), 2, At, pipelineId ?? Guid.CreateVersion7(), Guid.CreateVersion7(),
            Guid.CreateVersion7(), owner.Id, owner.Id, 1_250_000, "CNY", status);
}
