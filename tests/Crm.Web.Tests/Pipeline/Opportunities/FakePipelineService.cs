using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Tests.Pipeline.Opportunities;

/// <summary>Serves <see cref="Pipelines"/>; changes are not what these tests are about.</summary>
public sealed class FakePipelineService : IPipelineService
{
    public List<PipelineView> Pipelines { get; } = [];

    public Task<IReadOnlyList<PipelineView>> ListAsync(
        bool includeRetired = false, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PipelineView>>(Pipelines);

    public Task<PipelineView> GetAsync(
        Guid id, bool includeRetired = false, CancellationToken cancellationToken = default) =>
        Task.FromResult(Pipelines.SingleOrDefault(p => p.Id == id) ?? throw new NotFoundException("Pipeline", id));

    public Task<PipelineView> CreateAsync(NewPipeline input, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PipelineView> RenameAsync(
        Guid id, int expectedVersion, string name, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PipelineView> AddStageAsync(
        Guid id, int expectedVersion, NewStage stage, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PipelineView> UpdateStageAsync(
        Guid id, int expectedVersion, Guid stageId, StageEdit edit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PipelineView> ReorderStagesAsync(
        Guid id, int expectedVersion, IReadOnlyList<Guid> openStageIds,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<PipelineView> RetireStageAsync(
        Guid id, int expectedVersion, Guid stageId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
