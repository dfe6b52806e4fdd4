using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>Opens feeds on the shared store for whoever is signed in, with their opportunity scope.</summary>
internal sealed class PipelineBoards(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IOpportunityVisibility visibility,
    BoardSnapshotStore store)
    : IPipelineBoards
{
    public async Task<IBoardFeed> OpenAsync(
        Guid pipelineId, Action onChanged, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var access = await AccessAsync(actor, cancellationToken);

        return await store.OpenAsync(
            pipelineId, access, token => AccessAsync(actor, token), onChanged, cancellationToken);
    }

    private async Task<OpportunityAccess> AccessAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await visibility.AccessForAsync(actor, db, cancellationToken);
    }
}
