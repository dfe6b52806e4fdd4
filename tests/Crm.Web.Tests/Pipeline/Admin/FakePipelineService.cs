using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Tests.Pipeline.Admin;

/// <summary>
/// Pipelines held in memory: 新业务 with four open stages, a retired one, then 赢单 and 输单.
/// Records each change the page asks for; <see cref="FailNext"/> makes the next change throw.
/// </summary>
public sealed class FakePipelineService : IPipelineService
{
    public List<PipelineView> Pipelines { get; } = [NewBusiness()];

    public List<string> Calls { get; } = [];

    public List<(Guid PipelineId, int Version, IReadOnlyList<Guid> Order)> Reorders { get; } = [];

    public Exception? FailNext { get; set; }

    public PipelineView First => Pipelines[0];

    public StageView Stage(string name) => First.Stages.Single(s => s.Name == name);

    public static PipelineView NewBusiness() => new(Guid.NewGuid(), 7, "新业务",
    [
        Open("线索确认", 1, 10, ForecastCategory.Pipeline),
        Open("需求分析", 2, 25, ForecastCategory.Pipeline),
        Open("方案报价", 3, 50, ForecastCategory.BestCase),
        Open("商务谈判", 4, 75, ForecastCategory.Commit),
        new(Guid.NewGuid(), "赢单", 5, 100, ForecastCategory.Closed, StageOutcome.Won, false),
        new(Guid.NewGuid(), "输单", 6, 0, ForecastCategory.Closed, StageOutcome.Lost, false),
        new(Guid.NewGuid(), "初步接触", 7, 5, ForecastCategory.Pipeline, StageOutcome.Open, true),
    ]);

    public Task<IReadOnlyList<PipelineView>> ListAsync(
        bool includeRetired = false, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PipelineView>>([.. Pipelines.Select(p => includeRetired
            ? p
            : p with { Stages = [.. p.Stages.Where(s => !s.IsRetired)] })]);

    public Task<PipelineView> GetAsync(
        Guid id, bool includeRetired = false, CancellationToken cancellationToken = default) =>
        Task.FromResult(Pipelines.Single(p => p.Id == id));

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

    private static StageView Open(string name, int order, int probability, ForecastCategory category) =>
        new(Guid.NewGuid(), name, order, probability, category, StageOutcome.Open, false);

    // Every change is recorded with the version it was made on and answers one version later.
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
