using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Crm.Web.Live;
using Crm.Web.Live.Contract;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Crm.Web.Tests.Live;

/// <summary>One message as a client received it: its name and its JSON payload.</summary>
public sealed record Received(string Name, JsonElement Payload)
{
    public Guid Id => Payload.GetProperty("id").GetGuid();

    public int Version => Payload.GetProperty("version").GetInt32();
}

/// <summary>
/// A real SignalR client of /hubs/live over WebSockets, signed in with the cookies it is given,
/// that keeps every message in arrival order for a test to read.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<Received> _inbox = Channel.CreateUnbounded<Received>();
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in LiveContract.MessageNames)
        {
            connection.On<JsonElement>(name, payload => _inbox.Writer.TryWrite(new Received(name, payload)));
        }

        connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    /// <summary>Messages read past by <see cref="NextAsync"/> because they did not match.</summary>
    public List<Received> Skipped { get; } = [];

    /// <summary>Completes when the server closes the connection.</summary>
    public Task<Exception?> Closed => _closed.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

    public static HubConnection Build(Uri baseUrl, CookieContainer? cookies) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, LiveHubRegistration.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.Cookies = cookies ?? new CookieContainer();
            })
            .Build();

    /// <summary>Connects and returns once the server has put the connection in its groups.</summary>
    public static async Task<LiveClient> ConnectAsync(Uri baseUrl, CookieContainer cookies)
    {
        var client = new LiveClient(Build(baseUrl, cookies));
        await client.Connection.StartAsync(TestContext.Current.CancellationToken);
        await WhenJoinedAsync(client.Connection);

        return client;
    }

    /// <summary>
    /// StartAsync returns at the handshake, before the server has joined the groups; the hub
    /// answers calls only after that, so the answer to one says the groups are in place.
    /// </summary>
    public static Task WhenJoinedAsync(HubConnection connection) =>
        connection.InvokeAsync(nameof(LiveHub.WatchAllPipelines), TestContext.Current.CancellationToken);

    /// <summary>Reads on to the next message that matches; fails the test when none comes in ten seconds.</summary>
    public async Task<Received> NextAsync(Func<Received, bool> match)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        while (true)
        {
            var message = await _inbox.Reader.ReadAsync(timeout.Token);
            if (match(message))
            {
                return message;
            }

            Skipped.Add(message);
        }
    }

    /// <summary>Reads on to the next message about record <paramref name="id"/>.</summary>
    public Task<Received> NextAboutAsync(Guid id) => NextAsync(m => m.Id == id);

    public Task WatchPipelineAsync(Guid pipelineId) =>
        Connection.InvokeAsync(nameof(LiveHub.WatchPipeline), pipelineId, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
