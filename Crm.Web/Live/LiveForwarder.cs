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
    /// <summary>How long one message may wait for its slowest connection before the next goes out.</summary>
    internal static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

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
        try
        {
            // A connection that does not read holds up only itself: its writes stay queued in order
            // on that connection (until SignalR closes it for not answering) while later messages go out.
            await send.WaitAsync(SendTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            LiveHubLog.SlowSend(logger, message.Name, SendTimeout.TotalSeconds);
        }
    }
}
