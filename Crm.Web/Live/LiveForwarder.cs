using System.Diagnostics;
using Crm.Domain.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Teams;
using Crm.Web.Live.Contract;
using Microsoft.AspNetCore.SignalR;

namespace Crm.Web.Live;

/// <summary>
/// The one live-bus subscriber behind /hubs/live: for each committed event, in commit order, it
/// closes the connections the event takes access from and sends the event's message to the
/// groups that may see it. Owners are placed in their teams by the <see cref="UserDirectory"/>,
/// so an event costs no database read.
/// </summary>
internal sealed class LiveForwarder(
    ILiveBus bus, UserDirectory directory, LiveConnections connections, IHubContext<LiveHub> hub,
    ILogger<LiveForwarder> logger) : IHostedService, IDisposable
{
    /// <summary>A message still on its way to some connection after this long is logged.</summary>
    internal static readonly TimeSpan SlowSend = TimeSpan.FromSeconds(5);

    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(ForwardAsync);

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
    }

    private async ValueTask ForwardAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        // Applied here too, before routing, so the event after a team move is routed by the new team.
        await directory.Loaded.WaitAsync(cancellationToken);
        directory.Apply(domainEvent);
        CloseConnectionsAffectedBy(domainEvent);

        if (LiveContract.Describe(domainEvent) is { } message)
        {
            await SendAsync(message, cancellationToken);
        }
    }

    private void CloseConnectionsAffectedBy(IDomainEvent domainEvent)
    {
        foreach (var userId in AccessChanges.UsersAffectedBy(domainEvent))
        {
            var closed = connections.Drop(userId);
            if (closed > 0)
            {
                LiveHubLog.Dropped(logger, closed, userId, domainEvent.GetType().Name);
            }
        }
    }

    private async Task SendAsync(LiveMessage message, CancellationToken cancellationToken)
    {
        var owners = new List<OwnerPlace>();
        foreach (var ownerId in message.Audience.OwnerIds)
        {
            var owner = await directory.GetAsync(ownerId, cancellationToken);
            owners.Add(new OwnerPlace(ownerId, owner?.TeamId));
        }

        var groups = LiveGroups.Targets(message.Audience, owners);
        var send = hub.Clients.Groups(groups).SendAsync(message.Name, message.Payload, cancellationToken);

        // Not awaited: the message is written to every connection that can take it during the call,
        // and a connection that does not read holds up only itself (its writes wait on it, in
        // order). Known gap: nothing caps how many wait there. SignalR closes a connection that
        // stops answering after 30 s; one that answers but reads too slowly keeps its backlog
        // until it goes. A per-connection limit that closes it would bound that.
        if (!send.IsCompletedSuccessfully)
        {
            _ = ObserveAsync(send, message.Name);
        }
    }

    private async Task ObserveAsync(Task send, string messageName)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await send;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LiveHubLog.SendFailed(logger, ex, messageName);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > SlowSend)
        {
            LiveHubLog.SlowSend(logger, messageName, elapsed.TotalSeconds);
        }
    }
}
