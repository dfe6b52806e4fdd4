using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>Mail dropped into the pickup folder is handed on once and never lost.</summary>
public sealed class PickupFolderTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Fact]
    public async Task ProcessOnceAsync_GoodMail_HandsItOnAndMovesItToProcessed()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        var file = world.Drop(MailSamples.Plain("[#10234] 打印机", "还是不行"));

        var round = await world.RoundAsync();

        var handled = Assert.Single(world.Handler!.Handled);
        Assert.Equal(("[#10234] 打印机", "还是不行"), (handled.Subject, handled.ReplyText));
        Assert.Equal([file], world.Files(world.Processed));
        Assert.Equal(new InboundRound(1, 0, 0, 0), round);
    }

    [Fact]
    public async Task ProcessOnceAsync_MalformedMail_MovesItToRejectedWithTheReason()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.DropText("Subject: no sender\r\n\r\nhello", "broken.eml");

        await world.RoundAsync();

        Assert.Equal(["broken.eml", "broken.eml.reason.txt"], world.Files(world.Rejected));
        Assert.Contains("no sender", await File.ReadAllTextAsync(
            Path.Combine(world.Rejected, "broken.eml.reason.txt"), TestContext.Current.CancellationToken));
        Assert.Equal(0, world.Handler!.Calls);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ProcessOnceAsync_SameMessageIdTwice_HandsItOnOnce(DatabaseProvider provider)
    {
        await using var world = await InboundMailWorld.StartAsync(databases, provider);
        var id = $"{Guid.NewGuid():N}@customer.test";
        world.Drop(MailSamples.Plain("Invoice", "Please resend.", id), "first.eml");
        await world.RoundAsync();
        world.Drop(MailSamples.Plain("Invoice", "Please resend.", id), "again.eml");

        var round = await world.RoundAsync();

        Assert.Equal(1, world.Handler!.Calls);
        Assert.Equal(["again.eml", "first.eml"], world.Files(world.Processed));
        Assert.Equal(1, round.Duplicates);
    }

    [Fact]
    public async Task ProcessOnceAsync_SameFileNameProcessedTwice_KeepsBothCopies()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.Drop(MailSamples.Plain("One", "1"), "mail.eml");
        await world.RoundAsync();
        world.Drop(MailSamples.Plain("Two", "2"), "mail.eml");

        await world.RoundAsync();

        Assert.Equal(["mail-2.eml", "mail.eml"], world.Files(world.Processed));
    }

    [Fact]
    public async Task ProcessOnceAsync_FileStillBeingWritten_IsLeftAlone()
    {
        await using var world = await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.DropText("From: a@customer.test\r\n", "incoming.tmp");

        var round = await world.RoundAsync();

        Assert.Equal(0, round.Total);
        Assert.Contains("incoming.tmp", world.Files(world.Inbox));
    }
}
