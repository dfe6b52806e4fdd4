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
        var access = await AccessAsync(cancellationToken);

        return await store.OpenAsync(pipelineId, access, onChanged, cancellationToken);
    }

    // The scope is taken once, when the board opens: someone moved to another team sees the
    // new team's cards the next time they open the board.
    private async Task<OpportunityAccess> AccessAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await visibility.AccessForAsync(actor, db, cancellationToken);
    }
}
