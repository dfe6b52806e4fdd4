using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

public sealed class InboundMailPollerTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_NoHandlerRegistered_StopsAndLeavesTheMail()
    {
        await using var world = await InboundMailWorld.StartAsync(
            databases, DatabaseProvider.Sqlite, withHandler: false);
        var file = world.Drop(MailSamples.Plain("Invoice", "Please resend."));
        var poller = Poller(world);

        await poller.StartAsync(Ct);
        await poller.ExecuteTask!.WaitAsync(Ct);

        Assert.Contains(file, world.Files(world.Inbox));
    }

    [Fact]
    public async Task StartAsync_HandlerRegistered_ReadsTheInboxAtOnce()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.Drop(MailSamples.Plain("Invoice", "Please resend."));
        var poller = Poller(world);

        await poller.StartAsync(Ct);
        await world.Handler!.Called.WaitAsync(Ct);
        await poller.StopAsync(Ct);

        Assert.Equal("Invoice", Assert.Single(world.Handler.Handled).Subject);
    }

    [Fact]
    public async Task StartAsync_FirstRoundFails_TriesAgainAtTheNextTick()
    {
        var source = new FlakySource();
        await using var world = await InboundMailWorld.StartAsync(
            databases, DatabaseProvider.Sqlite, services: s => s.AddSingleton<IInboundMailSource>(source));
        source.Folder = world.Host.Get<PickupFolderSource>();
        world.Drop(MailSamples.Plain("Invoice", "Please resend."));
        var poller = Poller(world);
        await poller.StartAsync(Ct);
        await source.Failed.Task.WaitAsync(Ct);

        world.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        await world.Handler!.Called.WaitAsync(Ct);
        await poller.StopAsync(Ct);

        Assert.Single(world.Handler.Handled);
    }

    private static BackgroundService Poller(InboundMailWorld world) =>
        world.Host.Get<IEnumerable<IHostedService>>().OfType<InboundMailPoller>().Single();

    // The mail server is down for the first round, then the pickup folder answers.
    private sealed class FlakySource : IInboundMailSource
    {
        public TaskCompletionSource Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public PickupFolderSource? Folder { get; set; }

        public string Description => "flaky";

        public Task<IInboundMailSession> OpenAsync(CancellationToken cancellationToken)
        {
            if (!Failed.Task.IsCompleted)
            {
                Failed.SetResult();
                throw new IOException("Connection refused");
            }

            return Folder!.OpenAsync(cancellationToken);
        }
    }
}
