using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>The IMAP source against a real (throwaway) Dovecot server; each test has a folder of its own.</summary>
public sealed class ImapMailSourceTests(MigratedDatabases databases, DovecotServer dovecot)
    : IClassFixture<MigratedDatabases>, IClassFixture<DovecotServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _folder = $"Inbox{Guid.NewGuid():N}";

    [Fact]
    public async Task ProcessOnceAsync_UnseenMail_HandsItOnAndMarksItSeen()
    {
        await using var world = await StartAsync();
        await AppendAsync(MailSamples.Plain("[#10234] 打印机", "还是不行"));

        await world.RoundAsync();

        Assert.Equal("[#10234] 打印机", Assert.Single(world.Handler!.Handled).Subject);
        Assert.Empty(await SearchAsync(_folder, SearchQuery.NotSeen));
    }

    [Fact]
    public async Task ProcessOnceAsync_ProcessedFolderSet_MovesTheHandledMailThere()
    {
        var processed = _folder + "Done";
        await using var world = await StartAsync(o => o.Imap.ProcessedFolder = processed);
        await CreateAsync(processed);
        await AppendAsync(MailSamples.Plain("Invoice", "Please resend."));

        await world.RoundAsync();

        Assert.Empty(await SearchAsync(_folder, SearchQuery.All));
        Assert.Single(await SearchAsync(processed, SearchQuery.All));
    }

    [Fact]
    public async Task ProcessOnceAsync_ProcessedFolderMissing_FailsTheRoundBeforeHandingAnythingOn()
    {
        await using var world = await StartAsync(o => o.Imap.ProcessedFolder = _folder + "Missing");
        await AppendAsync(MailSamples.Plain("Invoice", "Please resend."));

        await Assert.ThrowsAsync<FolderNotFoundException>(world.RoundAsync);

        Assert.Equal(0, world.Handler!.Calls);
        Assert.Single(await SearchAsync(_folder, SearchQuery.NotSeen));
    }

    [Fact]
    public async Task ProcessOnceAsync_HandlerFails_LeavesTheMailUnseenForTheNextRound()
    {
        await using var world = await StartAsync();
        world.Handler!.FailFirst = 1;
        await AppendAsync(MailSamples.Plain("Invoice", "Please resend."));
        await world.RoundAsync();
        var unseen = await SearchAsync(_folder, SearchQuery.NotSeen);

        await world.RoundAsync();

        Assert.Single(unseen);
        Assert.Equal(2, world.Handler.Calls);
    }

    [Fact]
    public async Task ProcessOnceAsync_MailWithoutSender_FlagsItAndKeepsACopyWithTheReason()
    {
        await using var world = await StartAsync();
        var message = MailSamples.Plain("No sender", "hello");
        message.From.Clear();
        await AppendAsync(message);

        await world.RoundAsync();

        Assert.Single(await SearchAsync(_folder, SearchQuery.Flagged.And(SearchQuery.Seen)));
        var reason = Assert.Single(Directory.GetFiles(world.Rejected, "imap-*.reason.txt"));
        Assert.Contains("no sender", await File.ReadAllTextAsync(reason, Ct), StringComparison.Ordinal);
    }

    private async Task<InboundMailWorld> StartAsync(Action<InboundMailOptions>? configure = null)
    {
        var port = await dovecot.PortAsync();
        await CreateAsync(_folder);

        return await InboundMailWorld.StartAsync(databases, DatabaseProvider.Sqlite, options: o =>
        {
            o.Imap.Host = "127.0.0.1";
            o.Imap.Port = port;
            o.Imap.Tls = SecureSocketOptions.None;
            o.Imap.User = DovecotServer.User;
            o.Imap.Password = DovecotServer.Password;
            o.Imap.Folder = _folder;
            configure?.Invoke(o);
        });
    }

    private Task CreateAsync(string name) => WithClientAsync(async client =>
    {
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        await root.CreateAsync(name, isMessageFolder: true, Ct);
        return 0;
    });

    private Task AppendAsync(MimeMessage message) => WithClientAsync(async client =>
    {
        var folder = await client.GetFolderAsync(_folder, Ct);
        await folder.AppendAsync(new AppendRequest(message), Ct);
        return 0;
    });

    private Task<IList<UniqueId>> SearchAsync(string name, SearchQuery query) => WithClientAsync(async client =>
    {
        var folder = await client.GetFolderAsync(name, Ct);
        await folder.OpenAsync(FolderAccess.ReadOnly, Ct);
        return await folder.SearchAsync(query, Ct);
    });

    private async Task<T> WithClientAsync<T>(Func<ImapClient, Task<T>> work)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", await dovecot.PortAsync(), SecureSocketOptions.None, Ct);
        await client.AuthenticateAsync(DovecotServer.User, DovecotServer.Password, Ct);
        var result = await work(client);
        await client.DisconnectAsync(quit: true, Ct);

        return result;
    }
}
