using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Tests.Pipeline;

/// <summary>
/// Pipelines held in memory, read as the real service reads them (retired stages only when
/// asked for, an unknown id not found). Each change is recorded with the version it was made
/// on and answers one version later; <see cref="FailNext"/> makes the next change throw.
/// </summary>
public sealed class FakePipelineService(params PipelineView[] pipelines) : IPipelineService
{
    public List<PipelineView> Pipelines { get; } = [.. pipelines];

    public List<string> Calls { get; } = [];

    public List<(Guid PipelineId, int Version, IReadOnlyList<Guid> Order)> Reorders { get; } = [];

    public Exception? FailNext { get; set; }

    public PipelineView First => Pipelines[0];

    public StageView Stage(string name) => First.Stages.Single(s => s.Name == name);

    public Task<IReadOnlyList<PipelineView>> ListAsync(
        bool includeRetired = false, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PipelineView>>([.. Pipelines.Select(p => Shown(p, includeRetired))]);

    public Task<PipelineView> GetAsync(
        Guid id, bool includeRetired = false, CancellationToken cancellationToken = default) =>
        Task.FromResult(Shown(
            Pipelines.SingleOrDefault(p => p.Id == id) ?? throw new NotFoundException("Pipeline", id),
            includeRetired));

    public Task<PipelineView> CreateAsync(NewPipeline input, CancellationToken cancellationToken = default) =>
        Change(Guid.Empty, 0, $"create {input.Name}", _ => new PipelineView(Guid.NewGuid(), 1, input.Name, []));

    public Task<PipelineView> RenameAsync(
        Guid id, int expectedVersion, string name, CancellationToken cancellationToken = default) =>
        Change(id, expectedVersion, $"rename {name}", p => p with { Name = name });

    public Task<PipelineView> AddStageAsync(
        Guid id, int expectedVersion, NewStage stage, CancellationToken cancellationToken = default) =>
        Change(id, expectedVersion, $"add {stage.Name} {stage.DefaultProbability} {stage.Category}", p => p);

    public Task<PipelineView> UpdateStageAsync(
        Guid id, int expectedVersion, Guid stageId, StageEdit edit, CancellationToken cancellationToken = default) =>
        Change(id, expectedVersion, $"update stage {edit.Name} {edit.DefaultProbability} {edit.Category}", p => p);

    public Task<PipelineView> ReorderStagesAsync(
        Guid id, int expectedVersion, IReadOnlyList<Guid> openStageIds, CancellationToken cancellationToken = default)
    {
        Reorders.Add((id, expectedVersion, openStageIds));

        return Change(id, expectedVersion, "reorder", p => p);
    }

    public Task<PipelineView> RetireStageAsync(
        Guid id, int expectedVersion, Guid stageId, CancellationToken cancellationToken = default) =>
        Change(id, expectedVersion, "retire", p => p);

    private static PipelineView Shown(PipelineView pipeline, bool includeRetired) =>
        includeRetired ? pipeline : pipeline with { Stages = [.. pipeline.Stages.Where(s => !s.IsRetired)] };

    private Task<PipelineView> Change(Guid id, int version, string call, Func<PipelineView, PipelineView> apply)
    {
        if (FailNext is { } failure)
        {
            FailNext = null;
            return Task.FromException<PipelineView>(failure);
        }

        Calls.Add($"{call} @{version}");
        var pipeline = Pipelines.SingleOrDefault(p => p.Id == id) ?? new PipelineView(id, version, "", []);

        return Task.FromResult(apply(pipeline) with { Version = version + 1 });
    }
}
