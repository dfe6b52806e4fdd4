using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// One subscriber of a pipeline's snapshot. It decides from the change alone (no card is
/// looked at) whether its user is concerned, and builds the user's view only when read.
/// </summary>
internal sealed class BoardFeed(PipelineBoardState state, OpportunityAccess access, Action onChanged) : IBoardFeed
{
    private readonly Lock _cacheLock = new();
    private (long Revision, BoardCriteria Criteria, BoardView View)? _cache;
    private volatile bool _disposed;

    public Guid PipelineId => state.PipelineId;

    public BoardView Read(BoardCriteria criteria)
    {
        var snapshot = state.Current ?? throw new InvalidOperationException("The board has not been loaded.");
        lock (_cacheLock)
        {
            if (_cache is { } cached && cached.Revision == snapshot.Revision && cached.Criteria == criteria)
            {
                return cached.View;
            }

            var view = BoardViews.Build(snapshot, access, criteria);
            _cache = (snapshot.Revision, criteria, view);

            return view;
        }
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
