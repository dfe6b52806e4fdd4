using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Pipeline;

/// <summary>
/// Pipelines and their stages. Anyone signed in reads them (boards and pickers need the
/// stages). Every change is for admins only (<see cref="ForbiddenException"/> otherwise), is
/// made on the version the admin loaded (<see cref="ConcurrencyConflictException"/> when
/// stale) and returns the pipeline as saved, with its active stages. Rule violations are
/// <see cref="DomainException"/>s naming the field, and nothing is saved then.
/// </summary>
public interface IPipelineService
{
    /// <summary>All pipelines, oldest first, with their active stages (and retired ones when asked).</summary>
    Task<IReadOnlyList<PipelineView>> ListAsync(
        bool includeRetired = false, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="NotFoundException"/> for an unknown pipeline.</summary>
    Task<PipelineView> GetAsync(Guid id, bool includeRetired = false, CancellationToken cancellationToken = default);

    /// <summary>Creates a pipeline; names are unique ignoring case ("Name.taken").</summary>
    Task<PipelineView> CreateAsync(NewPipeline input, CancellationToken cancellationToken = default);

    Task<PipelineView> RenameAsync(
        Guid id, int expectedVersion, string name, CancellationToken cancellationToken = default);

    /// <summary>Adds an open stage after the last open stage, before Won and Lost.</summary>
    Task<PipelineView> AddStageAsync(
        Guid id, int expectedVersion, NewStage stage, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a stage's form in one change: its name and, for an open stage, its default
    /// probability (opportunities in it without an override follow at once) and forecast
    /// category. Won and Lost stay 100% and 0%, category Closed; only their names change.
    /// </summary>
    Task<PipelineView> UpdateStageAsync(
        Guid id, int expectedVersion, Guid stageId, StageEdit edit, CancellationToken cancellationToken = default);

    /// <summary>Orders the open stages; the list names every active open stage once ("Stages.order").</summary>
    Task<PipelineView> ReorderStagesAsync(
        Guid id, int expectedVersion, IReadOnlyList<Guid> openStageIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Retires an open stage: hidden from boards and pickers, kept for history. Throws
    /// <see cref="StageInUseException"/> (with the count) while open opportunities are in it,
    /// and <see cref="DomainException"/> for Won, Lost or the last open stage.
    /// </summary>
    Task<PipelineView> RetireStageAsync(
        Guid id, int expectedVersion, Guid stageId, CancellationToken cancellationToken = default);
}
