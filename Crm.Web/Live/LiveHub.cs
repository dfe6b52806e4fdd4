using Crm.Infrastructure.Teams;
using Crm.Web.Security;
using Microsoft.AspNetCore.SignalR;

namespace Crm.Web.Live;

/// <summary>
/// <c>/hubs/live</c>: committed changes for clients that are not Blazor circuits, as the JSON
/// messages of docs/live-events.md. The server decides a connection's groups from its user's
/// roles and teams when it connects; clients can only narrow what they receive.
/// </summary>
internal sealed class LiveHub(UserDirectory directory, LiveConnections connections, ILogger<LiveHub> logger)
    : Hub
{
    private const string ViewerKey = "crm.live.viewer";
    private const string PipelineKey = "crm.live.pipeline";

    public override async Task OnConnectedAsync()
    {
        var actor = CurrentUser.FromPrincipal(Context.User)
            ?? throw new HubException("Sign in first.");

        // Registered before the directory is read: an access change from here on closes this connection.
        connections.Add(actor.UserId, Context);
        var user = await directory.GetAsync(actor.UserId, Context.ConnectionAborted);
        if (user is not { IsActive: true })
        {
            LiveHubLog.Refused(logger, Context.ConnectionId, actor.UserId);
            Context.Abort();
            return;
        }

        var viewer = LiveViewer.For(actor, user.TeamId, directory.TeamsManagedBy(actor.UserId));
        Context.Items[ViewerKey] = viewer;
        var groups = LiveGroups.For(viewer, null);
        await JoinAsync(groups);
        LiveHubLog.Connected(logger, Context.ConnectionId, actor.UserId, groups.Count);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);

        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// From now on, opportunity messages of <paramref name="pipelineId"/> only (account messages
    /// are unaffected). Narrows what the connection already sees; an unknown pipeline sends nothing.
    /// </summary>
    public Task WatchPipeline(Guid pipelineId) => WatchAsync(pipelineId);

    /// <summary>Back to the opportunity messages of every pipeline.</summary>
    public Task WatchAllPipelines() => WatchAsync(null);

    private async Task WatchAsync(Guid? pipelineId)
    {
        if (!Context.Items.TryGetValue(ViewerKey, out var item) || item is not LiveViewer viewer)
        {
            throw new HubException("The connection is closing.");
        }

        var watched = Context.Items.TryGetValue(PipelineKey, out var pipeline) ? pipeline as Guid? : null;
        var before = LiveGroups.For(viewer, watched);
        var after = LiveGroups.For(viewer, pipelineId);

        // Joined before leaving: a message in between may arrive twice (versions tell), never not at all.
        await JoinAsync(after.Except(before));
        foreach (var group in before.Except(after))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }

        Context.Items[PipelineKey] = pipelineId;
        LiveHubLog.Watching(logger, Context.ConnectionId, pipelineId);
    }

    private async Task JoinAsync(IEnumerable<string> groups)
    {
        foreach (var group in groups)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }
    }
}
