using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.FollowUps;
using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Crm.Infrastructure.Tests.Admin;

/// <summary>
/// The infrastructure on a fresh SQLite file with a pickup folder of its own, one admin in a
/// sales team, and intent methods for the records the admin tests need.
/// </summary>
internal sealed class AdminHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;

    private AdminHarness(string folder, ServiceProvider root)
    {
        _folder = folder;
        _root = root;
        _scope = root.CreateAsyncScope();
    }

    public string MailFolder => Path.Combine(_folder, "mail");

    public TestCurrentUser CurrentUser => _root.GetRequiredService<TestCurrentUser>();

    public IServiceProvider Services => _scope.ServiceProvider;

    public IUserAdminService Admin => Services.GetRequiredService<IUserAdminService>();

    public IPasswordService Passwords => Services.GetRequiredService<IPasswordService>();

    public Guid AdminId { get; private set; }

    private IDbContextFactory<CrmDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<CrmDbContext>>();

    public Guid TeamId { get; private set; }

    public static async Task<AdminHarness> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crm-admin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}",
            ["Seed:Demo"] = "false",
            ["Mail:PickupFolder"] = Path.Combine(folder, "mail"),
            ["Mail:PublicBaseUrl"] = "https://crm.test/",
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddCrmInfrastructure(configuration);
        services.AddSingleton<TestCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());

        var harness = new AdminHarness(folder, services.BuildServiceProvider());
        await harness._root.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await harness.SeedAdminAsync();

        return harness;
    }

    public async Task<Guid> InviteAsync(string email, string language = Languages.English, params string[] roles)
    {
        var invitation = new UserInvitation(
            email.Split('@')[0], email, TeamId, roles.Length == 0 ? [Roles.SalesRep] : roles, language,
            "Asia/Shanghai");

        return (await Admin.InviteAsync(invitation)).UserId;
    }

    public async Task<Guid> AddAccountAsync(Guid ownerId, string name)
    {
        var profile = new AccountProfile(name, AccountKind.Company, Industry.Retail, AccountTier.Standard, "East",
            null, null, null, null, null);
        var account = Account.Create(Guid.CreateVersion7(), profile, ownerId, DateTime.UtcNow);

        return await AddAsync(account);
    }

    public async Task<Guid> AddTaskAsync(Guid assigneeId, bool done = false)
    {
        var task = FollowUpTask.Create(
            Guid.CreateVersion7(), "Call back", DateTime.UtcNow.AddDays(1), assigneeId, null, null, DateTime.UtcNow);
        if (done)
        {
            task.Complete(DateTime.UtcNow);
        }

        return await AddAsync(task);
    }

    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();

        return await query(db);
    }

    public async Task<int> VersionAsync(Guid userId) => (await Admin.GetUserAsync(userId)).Version;

    public Task<string?> SecurityStampAsync(Guid userId) =>
        QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    /// <summary>Waits for the pickup folder to hold <paramref name="count"/> mails and returns the newest.</summary>
    public async Task<MimeMessage> WaitForMailAsync(int count = 1)
    {
        for (var attempt = 0; attempt < 100 && MailFiles().Length < count; attempt++)
        {
            await Task.Delay(50);
        }

        return await MimeMessage.LoadAsync(MailFiles().OrderBy(f => f, StringComparer.Ordinal).Last());
    }

    public string[] MailFiles() =>
        Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only costs disk space in the temp folder.
        }
    }

    private async Task<Guid> AddAsync<T>(T aggregate)
        where T : AggregateRoot
    {
        await using var db = await Contexts.CreateDbContextAsync();
        db.Add(aggregate);
        await db.SaveChangesAsync();

        return aggregate.Id;
    }

    private async Task SeedAdminAsync()
    {
        var team = new Team(Guid.CreateVersion7(), "Sales East", TeamKind.Sales, "East");
        var admin = new User(
            Guid.CreateVersion7(), "Ada Admin", "ada@crm.test", team.Id, "Asia/Shanghai", Languages.English);
        await AddAsync(team);
        await AddAsync(admin);

        var roles = Services.GetRequiredService<RoleManager<CrmRole>>();
        await roles.CreateAsync(new CrmRole(Roles.Admin));
        var users = Services.GetRequiredService<UserManager<CrmIdentityUser>>();
        var identity = new CrmIdentityUser { Id = admin.Id, UserName = admin.Email, Email = admin.Email };
        await users.CreateAsync(identity, "admin-pass-1");
        await users.AddToRoleAsync(identity, Roles.Admin);

        (TeamId, AdminId) = (team.Id, admin.Id);
        CurrentUser.SignIn(admin.Id, Roles.Admin);
    }
}
