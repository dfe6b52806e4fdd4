using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Visibility;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>
/// Boards over a snapshot the test sets, seen through the real per-user view (visibility,
/// criteria, totals). <see cref="Publish"/> replaces the snapshot and tells every open feed.
/// </summary>
internal sealed class FakePipelineBoards : IPipelineBoards
{
    private readonly List<Feed> _feeds = [];

    public BoardSnapshot Snapshot { get; private set; } = BoardSamples.Snapshot();

    /// <summary>Who the signed-in user may see; by default everything, with the right to move.</summary>
    public OpportunityAccess Access { get; set; } = new(new VisibilityScope(true, []), true);

    public int OpenFeeds => _feeds.Count;

    public Task<IBoardFeed> OpenAsync(Guid pipelineId, Action onChanged, CancellationToken cancellationToken = default)
    {
        if (pipelineId != Snapshot.PipelineId)
        {
            throw new NotFoundException("Pipeline", pipelineId);
        }

        var feed = new Feed(this, onChanged);
        _feeds.Add(feed);

        return Task.FromResult<IBoardFeed>(feed);
    }

    public void Show(params BoardCard[] cards) => Snapshot = BoardSamples.Snapshot(cards);

    /// <summary>A new snapshot, as the store publishes it after an event.</summary>
    public void Publish(params BoardCard[] cards)
    {
        Snapshot = BoardSamples.Snapshot(cards) with { Revision = Snapshot.Revision + 1 };
        foreach (var feed in _feeds.ToList())
        {
            feed.OnChanged();
        }
    }

    private sealed class Feed(FakePipelineBoards boards, Action onChanged) : IBoardFeed
    {
        public Guid PipelineId => boards.Snapshot.PipelineId;

        public BoardView Read(BoardCriteria criteria) => BoardViews.Build(boards.Snapshot, boards.Access, criteria);

        public void Dispose() => boards._feeds.Remove(this);

        public void OnChanged() => onChanged();
    }
}
