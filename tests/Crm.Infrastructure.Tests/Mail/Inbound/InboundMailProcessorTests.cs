using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>A handler that fails leaves the mail for the next round, until it has failed too often.</summary>
public sealed class InboundMailProcessorTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessOnceAsync_HandlerFailsThenSucceeds_HandsTheMailOnAgainNextRound()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.Handler!.FailFirst = 1;
        var file = world.Drop(MailSamples.Plain("Invoice", "Please resend."));
        await world.RoundAsync();
        var waiting = world.Files(world.Inbox).ToList();

        await world.RoundAsync();

        Assert.Equal([file], waiting);
        Assert.Equal([file], world.Files(world.Processed));
        Assert.Equal(2, world.Handler.Calls);
    }

    [Fact]
    public async Task ProcessOnceAsync_HandlerFailsEveryTime_RejectsAfterMaxAttemptsWithTheLastError()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite, maxAttempts: 3);
        world.Handler!.FailFirst = int.MaxValue;
        var file = world.Drop(MailSamples.Plain("Invoice", "Please resend."));

        for (var round = 0; round < 4; round++)
        {
            await world.RoundAsync();
        }

        var reason = await File.ReadAllTextAsync(Path.Combine(world.Rejected, file + ".reason.txt"), Ct);
        Assert.Contains("failed 3 times", reason, StringComparison.Ordinal);
        Assert.Contains("The ticket store is down (call 3)", reason, StringComparison.Ordinal);
        Assert.Equal(3, world.Handler.Calls);
    }

    [Fact]
    public async Task ProcessOnceAsync_HandlerFailsOnce_CountsTheAttemptInTheReceipt()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.Handler!.FailFirst = 1;
        var id = $"{Guid.NewGuid():N}@customer.test";
        world.Drop(MailSamples.Plain("Invoice", "Please resend.", id));

        await world.RoundAsync();

        var receipt = await world.ReceiptAsync(id);
        Assert.Equal((InboundMailStatus.Failing, 1), (receipt!.Status, receipt.Attempts));
    }

    [Fact]
    public async Task ProcessOnceAsync_HandlerThrowsMalformed_RejectsAtOnceWithItsReason()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.Handler!.Throws = new MalformedMailException("The sender is on the block list.");
        var file = world.Drop(MailSamples.Plain("Buy now", "Cheap watches"));

        var round = await world.RoundAsync();

        Assert.Contains("block list", await File.ReadAllTextAsync(
            Path.Combine(world.Rejected, file + ".reason.txt"), Ct), StringComparison.Ordinal);
        Assert.Equal(1, round.Rejected);
    }

    [Fact]
    public async Task ProcessOnceAsync_RejectedMailDroppedInAgain_IsHandedOnAgain()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite, maxAttempts: 1);
        world.Handler!.FailFirst = 1;
        var file = world.Drop(MailSamples.Plain("Invoice", "Please resend."));
        await world.RoundAsync();
        File.Move(Path.Combine(world.Rejected, file), Path.Combine(world.Inbox, file));

        await world.RoundAsync();

        Assert.Equal([file], world.Files(world.Processed));
    }
}
