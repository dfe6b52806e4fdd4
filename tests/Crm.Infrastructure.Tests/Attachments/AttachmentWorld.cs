using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Attachments;

/// <summary>
/// Two sales teams with a rep each, a marketer, and an account of the east rep, on fresh ids
/// so tests sharing a database stay apart; attachment files go to a folder of the test's own.
/// </summary>
internal sealed record AttachmentWorld(CrmTestHost Host, Guid EastRep, Guid WestRep, Guid Marketer, Guid EastAccount)
    : IAsyncDisposable
{
    public RecordLink Account => new(RecordKind.Account, EastAccount);

    public string Root { get; private init; } = "";

    public IAttachmentService Service => Host.Get<IAttachmentService>();

    public static async Task<AttachmentWorld> StartAsync(MigratedDatabases databases, DatabaseProvider provider)
    {
        var root = Path.Combine(Path.GetTempPath(), "crm-tests", $"attachments-{Guid.NewGuid():N}");
        var host = await databases.StartHostAsync(
            provider, services => services.Configure<AttachmentOptions>(o => o.Root = root));
        var east = await AddTeamAsync(host, "华东");
        var west = await AddTeamAsync(host, "华西");
        var eastRep = await AddUserAsync(host, "王伟", east);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "华东制造", eastRep));

        var westRep = await AddUserAsync(host, "李娜", west);
        var marketer = await AddUserAsync(host, "韩雪", west);

        return new AttachmentWorld(host, eastRep, westRep, marketer, account.Id)
        {
            Root = root,
        };
    }

    public void SignInAs(Guid userId, string role) => Host.Actor.SignIn(userId, role);

    /// <summary>Stages a small text file with the given content through the service.</summary>
    public Task<StagedAttachment> StageTextAsync(string name = "notes.txt", string content = "第一行") =>
        Service.StageAsync(name, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), Token);

    public async Task<AttachmentItem> AttachTextAsync(string name = "notes.txt", Guid? messageId = null) =>
        (await Service.AttachAsync(Account, messageId, [await StageTextAsync(name)], Token))[0];

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static async Task<Guid> AddTeamAsync(CrmTestHost host, string region)
    {
        var name = $"{region} {Guid.NewGuid():N}"[..16];

        return (await host.SaveNewAsync(new Team(Guid.CreateVersion7(), name, TeamKind.Sales, region))).Id;
    }

    private static async Task<Guid> AddUserAsync(CrmTestHost host, string name, Guid teamId)
    {
        var user = new User(
            Guid.CreateVersion7(), name, $"{Guid.NewGuid():N}@example.com", teamId, "Asia/Shanghai", Languages.Chinese);

        return (await host.SaveNewAsync(user)).Id;
    }
}
