using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// One subscriber of a pipeline's snapshot. It decides from the change alone (no card is
/// looked at) whether its user is concerned, and builds the user's view only when read. Its
/// scope is taken again when teams change, so a rep moved to another team sees the new team's
/// cards without reopening the board.
/// </summary>
internal sealed class BoardFeed(
    PipelineBoardState state, OpportunityAccess access, Func<CancellationToken, Task<OpportunityAccess>> rescope,
    Action onChanged)
    : IBoardFeed
{
    private volatile Scoped _scoped = new(access);
    private volatile bool _disposed;

    public Guid PipelineId => state.PipelineId;

    public BoardView Read(BoardCriteria criteria)
    {
        var snapshot = state.Current ?? throw new InvalidOperationException("The board has not been loaded.");
        var scoped = _scoped;

        return state.ViewFor(snapshot, scoped.Key, scoped.Access, criteria);
    }

    public void Dispose()
    {
        _disposed = true;
        state.Remove(this);
    }

    internal void Notify(BoardChange change)
    {
        if (!_disposed && change.Concerns(_scoped.Access))
        {
            onChanged();
        }
    }

    /// <summary>Reads the user's scope again; tells the user only when it is not what it was.</summary>
    internal async Task RescopeAsync(CancellationToken cancellationToken)
    {
        var fresh = new Scoped(await rescope(cancellationToken));
        if (_disposed || fresh.Key == _scoped.Key)
        {
            return;
        }

        _scoped = fresh;
        onChanged();
    }

    // Feeds of the same scope (everyone, or the same set of owners) and rights see the same board.
    private sealed record Scoped(OpportunityAccess Access)
    {
        public string Key { get; } = Access.Scope.SeesAll
            ? $"all:{Access.CanWrite}"
            : $"{Access.CanWrite}:{string.Join(',', Access.Scope.OwnerIds.Order())}";
    }
}
