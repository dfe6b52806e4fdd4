using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Crm.Web.Live;

/// <summary>
/// The open /hubs/live connections of this server and whose they are, so a change to what a user
/// may see (deactivation, another team, other roles) can close their connections at once.
/// </summary>
internal sealed class LiveConnections
{
    private readonly ConcurrentDictionary<string, (Guid UserId, HubCallerContext Context)> _open = new();

    public int Count => _open.Count;

    public void Add(Guid userId, HubCallerContext context) => _open[context.ConnectionId] = (userId, context);

    public void Remove(string connectionId) => _open.TryRemove(connectionId, out _);

    /// <summary>Aborts every connection of <paramref name="userId"/>; returns how many there were.</summary>
    public int Drop(Guid userId)
    {
        // A scan, not an index by user: access changes are rare and the scan has no races to get wrong.
        var theirs = _open.Where(c => c.Value.UserId == userId).ToList();
        foreach (var (connectionId, (_, context)) in theirs)
        {
            context.Abort();
            _open.TryRemove(connectionId, out _);
        }

        return theirs.Count;
    }
}
