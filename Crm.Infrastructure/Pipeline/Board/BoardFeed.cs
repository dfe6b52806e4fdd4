using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// One subscriber of a pipeline's snapshot. It decides from the change alone (no card is
/// looked at) whether its user is concerned, and builds the user's view only when read.
/// </summary>
internal sealed class BoardFeed(PipelineBoardState state, OpportunityAccess access, Action onChanged) : IBoardFeed
{
    // Feeds of the same scope (everyone, or the same set of owners) and rights see the same board.
    private readonly string _scopeKey = access.Scope.SeesAll
        ? $"all:{access.CanWrite}"
        : $"{access.CanWrite}:{string.Join(',', access.Scope.OwnerIds.Order())}";

    private volatile bool _disposed;

    public Guid PipelineId => state.PipelineId;

    public BoardView Read(BoardCriteria criteria)
    {
        var snapshot = state.Current ?? throw new InvalidOperationException("The board has not been loaded.");

        return state.ViewFor(snapshot, _scopeKey, access, criteria);
    }

    public void Dispose()
    {
        _disposed = true;
        state.Remove(this);
    }

    internal void Notify(BoardChange change)
    {
        if (!_disposed && change.Concerns(access))
        {
            onChanged();
        }
    }
}
