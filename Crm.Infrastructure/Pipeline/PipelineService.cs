using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Pipeline;

internal sealed class PipelineService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<PipelineService> logger)
    : IPipelineService
{
    private const string RecordType = "Pipeline";

    public async Task<IReadOnlyList<PipelineView>> ListAsync(
        bool includeRetired = false, CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var pipelines = await db.Pipelines.AsNoTracking()
            .OrderBy(p => EF.Property<DateTime>(p, AuditStamps.CreatedAt)).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);

        return [.. pipelines.Select(p => ViewOf(p, includeRetired))];
    }

    public async Task<PipelineView> GetAsync(
        Guid id, bool includeRetired = false, CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var pipeline = await db.Pipelines.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);

        return ViewOf(pipeline, includeRetired);
    }

    public async Task<PipelineView> CreateAsync(NewPipeline input, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var drafts = input.OpenStages
            .Select(s => new StageDraft(Guid.CreateVersion7(), s.Name, s.DefaultProbability, s.Category))
            .ToList();
        var closing = new ClosingStages(Guid.CreateVersion7(), input.WonName, Guid.CreateVersion7(), input.LostName);
        var pipeline = SalesPipeline.Create(Guid.CreateVersion7(), input.Name, drafts, closing, Now);
        await EnsureNameFreeAsync(db, pipeline, cancellationToken);
        db.Pipelines.Add(pipeline);
        await db.SaveChangesAsync(cancellationToken);
        PipelineLog.PipelineCreated(logger, pipeline.Id, actor.UserId);

        return ViewOf(pipeline, false);
    }

    public Task<PipelineView> RenameAsync(
        Guid id, int expectedVersion, string name, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "rename", async (db, pipeline) =>
        {
            pipeline.Rename(name, Now);
            await EnsureNameFreeAsync(db, pipeline, cancellationToken);
        }, cancellationToken);

    public Task<PipelineView> AddStageAsync(
        Guid id, int expectedVersion, NewStage stage, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "add stage", (_, pipeline) =>
        {
            var draft = new StageDraft(Guid.CreateVersion7(), stage.Name, stage.DefaultProbability, stage.Category);
            pipeline.AddStage(draft, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<PipelineView> UpdateStageAsync(
        Guid id, int expectedVersion, Guid stageId, StageEdit edit, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "update stage", (_, pipeline) =>
        {
            pipeline.UpdateStage(stageId, edit.Name, edit.DefaultProbability, edit.Category, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<PipelineView> ReorderStagesAsync(
        Guid id, int expectedVersion, IReadOnlyList<Guid> openStageIds,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "reorder stages", (_, pipeline) =>
        {
            pipeline.ReorderStages(openStageIds, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<PipelineView> RetireStageAsync(
        Guid id, int expectedVersion, Guid stageId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "retire stage", async (db, pipeline) =>
        {
            // Counted just before the save: a move into the stage committed in between would
            // leave one opportunity in a retired stage, from where it can still be moved on.
            var open = await db.Opportunities
                .CountAsync(o => o.StageId == stageId && o.Status == OpportunityStatus.Open, cancellationToken);
            if (open > 0 && pipeline.FindStage(stageId) is { } stage)
            {
                PipelineLog.RetireRefused(logger, stageId, open);
                throw new StageInUseException(stageId, stage.Name, open);
            }

            pipeline.RetireStage(stageId, Now);
        }, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<PipelineView> ChangeAsync(
        Guid id, int expectedVersion, string change, Func<CrmDbContext, SalesPipeline, Task> apply,
        CancellationToken cancellationToken)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pipeline = await db.Pipelines.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        db.ExpectVersion(pipeline, expectedVersion);

        await apply(db, pipeline);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        PipelineLog.PipelineChanged(logger, id, actor.UserId, change);

        return ViewOf(pipeline, false);
    }

    private static async Task EnsureNameFreeAsync(
        CrmDbContext db, SalesPipeline pipeline, CancellationToken cancellationToken)
    {
        var upper = pipeline.Name.ToUpperInvariant();
        var names = await db.Pipelines.IgnoreQueryFilters().Where(p => p.Id != pipeline.Id)
            .Select(p => p.Name).ToListAsync(cancellationToken);
        if (names.Any(n => n.ToUpperInvariant() == upper))
        {
            throw new DomainException("Name.taken", $"A pipeline named '{pipeline.Name}' already exists.", "Name");
        }
    }

    private async Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        if (!actor.IsAdmin)
        {
            PipelineLog.Refused(logger, actor.UserId);
            throw new ForbiddenException("Only admins change pipelines and stages.");
        }

        return actor;
    }

    internal static PipelineView ViewOf(SalesPipeline pipeline, bool includeRetired) =>
        new(pipeline.Id, pipeline.Version, pipeline.Name,
        [
            .. (includeRetired ? pipeline.Stages : pipeline.ActiveStages).Select(s => new StageView(
                s.Id, s.Name, s.SortOrder, s.DefaultProbability, s.Category, s.Outcome, s.IsRetired)),
        ]);
}
