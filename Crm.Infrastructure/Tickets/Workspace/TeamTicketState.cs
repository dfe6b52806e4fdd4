using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>
/// One team's place in the store: the newest snapshot, the feeds watching it and a gate that
/// lets one change (or the first load) run at a time. Readers never take the gate.
/// </summary>
internal sealed class TeamTicketState(Guid teamId, ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _feedsLock = new();
    private ImmutableArray<WorkspaceFeed> _feeds = [];
    private volatile TeamTickets? _current;

    public Guid TeamId => teamId;

    /// <summary>Null until the first load finished.</summary>
    public TeamTickets? Current => _current;

    public int FeedCount => _feeds.Length;

    /// <summary>The feeds open now.</summary>
    public IReadOnlyList<WorkspaceFeed> Feeds => _feeds;

    public void Add(WorkspaceFeed feed)
    {
        lock (_feedsLock)
        {
            _feeds = _feeds.Add(feed);
        }
    }

    public void Remove(WorkspaceFeed feed)
    {
        lock (_feedsLock)
        {
            _feeds = _feeds.Remove(feed);
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> on the current snapshot (null before the first load) with
    /// the gate held; a new snapshot becomes current and every concerned feed is told.
    /// </summary>
    public async Task ChangeAsync(
        Func<TeamTickets?, Task<(TeamTickets Snapshot, TeamTicketChange Change)?>> change,
        CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await change(_current) is { } result && !ReferenceEquals(result.Snapshot, _current))
            {
                _current = result.Snapshot;
                Publish(result.Change);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Publish(TeamTicketChange change)
    {
        foreach (var feed in _feeds)
        {
            try
            {
                feed.Notify(change);
            }
            catch (Exception error)
            {
                WorkspaceLog.SubscriberFailed(logger, error, teamId);
            }
        }
    }
}
