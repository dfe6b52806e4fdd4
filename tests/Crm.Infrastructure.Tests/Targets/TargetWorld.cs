using Crm.Domain.Activities;
using Crm.Domain.Teams;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Targets;

/// <summary>
/// A sales team (managed by <see cref="Manager"/>) with two reps, a second sales team with one
/// rep, and an admin, on a host whose clock reads Friday 10 April 2026, noon in Shanghai. No
/// organisation settings are saved, so the defaults apply: CNY, Asia/Shanghai, a January fiscal
/// year, Monday to Friday, no holidays.
/// </summary>
internal sealed class TargetWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 4, 10, 4, 0, 0, TimeSpan.Zero);

    private TargetWorld(CrmTestHost host, FixtureFacts facts)
    {
        Host = host;
        Facts = facts;
    }

    public CrmTestHost Host { get; }

    public FixtureFacts Facts { get; }

    public ITargetService Service => Host.Get<ITargetService>();

    /// <summary>An admin who sits in a support team.</summary>
    public User Admin { get; private set; } = default!;

    public Team SupportTeam { get; private set; } = default!;

    public Team Team { get; private set; } = default!;

    public Team OtherTeam { get; private set; } = default!;

    public User Manager { get; private set; } = default!;

    public User Rep1 { get; private set; } = default!;

    public User Rep2 { get; private set; } = default!;

    public User OtherRep { get; private set; } = default!;

    public static async Task<TargetWorld> StartAsync(MigratedDatabases databases, DatabaseProvider provider)
    {
        var facts = new FixtureFacts();
        // The targets service joins AddCrmInfrastructure with the live fact table it reads.
        var host = await databases.StartHostAsync(
            provider, s => s.AddSingleton<IOpportunityFacts>(facts).AddCrmTargets());
        host.Clock.SetUtcNow(Today);
        var world = new TargetWorld(host, facts);
        await world.SeedAsync();
        world.SignInAsAdmin();

        return world;
    }

    public void SignInAsAdmin() => Host.Actor.SignIn(Admin.Id, Roles.Admin);

    public void SignInAs(User user, string role) => Host.Actor.SignIn(user.Id, role);

    public async Task<User> AddUserAsync(Guid teamId, string name)
    {
        var id = Guid.CreateVersion7();

        return await Host.SaveNewAsync(new User(id, name, $"{id:N}@example.cn", teamId, "Asia/Shanghai", "zh-CN"));
    }

    public async Task LogAsync(
        Guid userId, DateTime occurredAt, ActivityKind kind = ActivityKind.Call,
        ActivityOutcome outcome = ActivityOutcome.Reached)
    {
        var account = await Host.SaveNewAsync(TestRecords.Account(Host.Now, ownerId: userId));
        var entry = new ActivityEntry(kind, ActivityDirection.Outbound, occurredAt, null, outcome, "跟进", null);
        await Host.SaveNewAsync(Activity.Log(Guid.CreateVersion7(), account.Id, null, null, entry, userId, Host.Now));
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private async Task SeedAsync()
    {
        // Team names are unique and the class's tests share a database.
        var tag = Guid.NewGuid().ToString("N")[..6];
        Team = await Host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"华东销售 {tag}", TeamKind.Sales, "华东"));
        OtherTeam = await Host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"华南销售 {tag}", TeamKind.Sales, "华南"));
        Manager = await AddUserAsync(Team.Id, "周经理");
        await Host.ChangeAsync<Team>(Team.Id, (t, _) => t.AppointManager(Manager.Id));
        Rep1 = await AddUserAsync(Team.Id, "李娜");
        Rep2 = await AddUserAsync(Team.Id, "王伟");
        OtherRep = await AddUserAsync(OtherTeam.Id, "陈静");
        SupportTeam = await Host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"客服 {tag}", TeamKind.Support, "全国"));
        Admin = await AddUserAsync(SupportTeam.Id, "管理员");
    }
}
