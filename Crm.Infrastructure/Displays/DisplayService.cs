using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays;

internal sealed partial class DisplayService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<DisplayService> logger)
    : IDisplayService
{
    private const string RecordType = "Display";

    public async Task<DisplayAddress> CreateAsync(
        DisplaySettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reach = await DisplayReach.ForAsync(actor, db, cancellationToken);
        await EnsureScopeAsync(db, reach, settings, cancellationToken);

        var token = LinkTokens.New();
        var display = Display.Create(Guid.CreateVersion7(), settings, LinkTokens.Hash(token), Now);
        db.Displays.Add(display);
        await db.SaveChangesAsync(cancellationToken);
        DisplaysLog.Created(logger, display.Id, actor.UserId);

        return new DisplayAddress(display.Id, display.Version, token);
    }

    public async Task UpdateAsync(
        Guid id, int expectedVersion, DisplaySettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await ChangeAsync(id, expectedVersion, async (db, reach, display) =>
        {
            await EnsureScopeAsync(db, reach, settings, cancellationToken);
            display.Edit(settings, Now);
        }, cancellationToken);
    }

    public async Task<DisplayAddress> RotateTokenAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var token = LinkTokens.New();
        var version = await ChangeAsync(id, expectedVersion, (_, _, display) =>
        {
            display.RotateToken(LinkTokens.Hash(token), Now);
            return Task.CompletedTask;
        }, cancellationToken);

        return new DisplayAddress(id, version, token);
    }

    public Task RevokeAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, (_, _, display) =>
        {
            display.Revoke(Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, (_, _, display) =>
        {
            display.Delete(Now);
            return Task.CompletedTask;
        }, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Loads a display the actor manages, applies the change against the version they loaded and
    // saves it; the save's outbox carries the change to every screen showing the display.
    private async Task<int> ChangeAsync(
        Guid id, int expectedVersion, Func<CrmDbContext, DisplayReach, Display, Task> change,
        CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reach = await DisplayReach.ForAsync(actor, db, cancellationToken);
        var display = await ManagedAsync(db, reach, id, cancellationToken);

        db.ExpectVersion(display, expectedVersion);
        await change(db, reach, display);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        DisplaysLog.Changed(logger, id, display.IsLive, actor.UserId);

        return display.Version;
    }

    private static async Task<Display> ManagedAsync(
        CrmDbContext db, DisplayReach reach, Guid id, CancellationToken cancellationToken)
    {
        var display = await db.Displays.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

        return display is not null && reach.Manages(display) ? display : throw new NotFoundException(RecordType, id);
    }

    // The entity checks the settings themselves; what it cannot see is whether the team, pipeline
    // and queue exist, fit the kind and are the actor's to point a display at.
    private static async Task EnsureScopeAsync(
        CrmDbContext db, DisplayReach reach, DisplaySettings settings, CancellationToken cancellationToken)
    {
        if (!reach.Manages(settings.Kind, settings.TeamId))
        {
            throw new NotFoundException("Team", settings.TeamId ?? Guid.Empty);
        }

        if (settings.PipelineId is { } pipelineId
            && !await db.Pipelines.AnyAsync(p => p.Id == pipelineId, cancellationToken))
        {
            throw new NotFoundException("Pipeline", pipelineId);
        }

        if (settings.QueueId is { } queueId
            && !await db.TicketQueues.AnyAsync(q => q.Id == queueId && q.TeamId == settings.TeamId, cancellationToken))
        {
            throw new NotFoundException("Queue", queueId);
        }
    }
}
