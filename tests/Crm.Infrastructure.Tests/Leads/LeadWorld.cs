using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Domain.Notifications;
using Crm.Domain.Teams;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>
/// Two sales teams on a test host: 华东 with manager 陈丽 and reps 张伟 and 李娜, 华南 with rep
/// 林晓燕; plus an admin, a marketer and a support agent. Names carry a suffix so several worlds
/// share one database (team names are unique).
/// </summary>
public sealed class LeadWorld(CrmTestHost host)
{
    private int _rules;

    public Guid EastTeam { get; private set; }

    public Guid SouthTeam { get; private set; }

    public Guid EastManager { get; private set; }

    public Guid EastRep { get; private set; }

    public Guid EastTeammate { get; private set; }

    public Guid SouthRep { get; private set; }

    public Guid Admin { get; private set; }

    public Guid Marketer { get; private set; }

    public Guid Agent { get; private set; }

    public ILeadService Leads => host.Get<ILeadService>();

    public IDuplicateFinder Duplicates => host.Get<IDuplicateFinder>();

    public static async Task<LeadWorld> CreateAsync(CrmTestHost host)
    {
        var world = new LeadWorld(host);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        world.EastTeam = await world.TeamAsync($"华东销售-{suffix}", TeamKind.Sales);
        world.SouthTeam = await world.TeamAsync($"华南销售-{suffix}", TeamKind.Sales);
        var office = await world.TeamAsync($"总部-{suffix}", TeamKind.Support);
        world.EastManager = await world.UserAsync("陈丽", world.EastTeam);
        world.EastRep = await world.UserAsync("张伟", world.EastTeam);
        world.EastTeammate = await world.UserAsync("李娜", world.EastTeam);
        world.SouthRep = await world.UserAsync("林晓燕", world.SouthTeam);
        world.Admin = await world.UserAsync("刘洋", office);
        world.Marketer = await world.UserAsync("韩雪", office);
        world.Agent = await world.UserAsync("何丽", office);
        await host.ChangeAsync<Team>(world.EastTeam, (team, _) => team.AppointManager(world.EastManager));

        return world;
    }

    public void SignInAsEastRep() => host.Actor.SignIn(EastRep, Roles.SalesRep);

    public void SignInAsEastManager() => host.Actor.SignIn(EastManager, Roles.SalesManager);

    public void SignInAsSouthRep() => host.Actor.SignIn(SouthRep, Roles.SalesRep);

    public void SignInAsAdmin() => host.Actor.SignIn(Admin, Roles.Admin);

    public void SignInAsMarketer() => host.Actor.SignIn(Marketer, Roles.Marketing);

    public void SignInAsAgent() => host.Actor.SignIn(Agent, Roles.SupportAgent);

    /// <summary>Saves a lead owned by <paramref name="ownerId"/>, as the signed-in user.</summary>
    public async Task<Guid> OwnedLeadAsync(Guid ownerId, LeadProfile? profile = null)
    {
        var lead = Lead.Create(Guid.CreateVersion7(), profile ?? Profile("王建国"), LeadSource.PhoneIn, host.Now);
        lead.AssignTo(ownerId, Note(AssignmentReasons.NamedOwner, "张伟"), host.Now);

        return (await host.SaveNewAsync(lead)).Id;
    }

    /// <summary>Saves a lead waiting in <paramref name="teamId"/>'s queue.</summary>
    public async Task<Guid> QueuedLeadAsync(Guid teamId, LeadProfile? profile = null)
    {
        var lead = Lead.Create(Guid.CreateVersion7(), profile ?? Profile("赵强"), LeadSource.WebForm, host.Now);
        lead.SendToQueue(teamId, Note(AssignmentReasons.NoRuleMatched, "华东销售"), host.Now);

        return (await host.SaveNewAsync(lead)).Id;
    }

    /// <summary>
    /// Makes one rule route every new lead to <paramref name="ownerId"/>, after removing the rules
    /// earlier tests of the class left (see <see cref="ClearRulesAsync"/>).
    /// </summary>
    public async Task RouteEveryLeadToAsync(Guid ownerId)
    {
        await ClearRulesAsync();
        await RuleAsync("全部线索", AssignmentStrategy.NamedOwner(ownerId), EastTeam);
    }

    /// <summary>The engine reads every lead rule: a test of routing starts from none and no default queue.</summary>
    public async Task ClearRulesAsync()
    {
        await using var db = await host.OpenAsync();
        await db.AssignmentRules.IgnoreQueryFilters().ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        await db.AssignmentSettings.IgnoreQueryFilters().ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        _rules = 0;
    }

    /// <summary>Adds an active lead rule after the ones added so far.</summary>
    public Task<AssignmentRule> RuleAsync(
        string name, AssignmentStrategy strategy, Guid? fallbackQueueTeamId = null,
        params AssignmentCondition[] conditions) =>
        host.SaveNewAsync(AssignmentRule.Create(
            Guid.CreateVersion7(), RecordKind.Lead, _rules++,
            new AssignmentRuleDefinition(name, conditions, strategy, fallbackQueueTeamId), host.Now));

    /// <summary>The notifications about <paramref name="leadId"/>, read afresh.</summary>
    public async Task<List<Notification>> NoticesAboutAsync(Guid leadId)
    {
        await using var db = await host.OpenAsync();

        return await db.Notifications.AsNoTracking()
            .Where(n => n.Target != null && n.Target.Id == leadId)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A note as the engine writes one: a reason code and its arguments.</summary>
    public static AssignmentNote Note(string code, params string[] arguments) =>
        new(null, "", code) { Arguments = arguments };

    public static LeadProfile Profile(
        string? person, string? company = null, string? phone = null, string? email = null) =>
        new(person, company, null, phone, email ?? (phone is null ? $"{Guid.NewGuid():N}@lead.test" : null), null,
            "华东", Industry.Manufacturing, CompanySize.From51To200, null);

    private async Task<Guid> TeamAsync(string name, TeamKind kind) =>
        (await host.SaveNewAsync(new Team(Guid.CreateVersion7(), name, kind, "华东"))).Id;

    private async Task<Guid> UserAsync(string name, Guid teamId)
    {
        var user = new User(
            Guid.CreateVersion7(), name, $"{Guid.NewGuid():N}@test.crm", teamId, "Asia/Shanghai", "zh-CN");

        return (await host.SaveNewAsync(user)).Id;
    }
}
