using Crm.Domain.Pipeline;

namespace Crm.Web.Tests.Live;

/// <summary>
/// Opportunity events as the pipeline's domain records them, with fixed values, for the tests of
/// the message format. Tests of who receives what write through the app's services instead.
/// </summary>
internal static class LiveEvents
{
    public static readonly DateTime At = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    public static OpportunityStageChanged StageChanged(
        Person owner, Guid? pipelineId = null, OpportunityStatus status = OpportunityStatus.Open) =>
        new(Guid.CreateVersion7(), 2, At, pipelineId ?? Guid.CreateVersion7(), Guid.CreateVersion7(),
            Guid.CreateVersion7(), owner.Id, owner.Id, 1_250_000, "CNY", status);
}
