using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Notifications;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Tickets;

/// <summary>
/// Two support teams on a test host: 一线支持 led by 何丽 with agents 许静 and 王芳 and the queue
/// 技术支持; 二线支持 with agent 赵磊 and the queue 账单与合同. A sales team whose rep 张伟 owns the
/// account 上海精工, and an admin. Names carry a suffix so several worlds share one database.
/// </summary>
public sealed class TicketWorld(CrmTestHost host)
{
    private int _rules;

    public Guid FirstLine { get; private set; }

    public Guid SecondLine { get; private set; }

    public Guid Lead { get; private set; }

    public Guid Xu { get; private set; }

    public Guid Wang { get; private set; }

    public Guid Zhao { get; private set; }

    public Guid Rep { get; private set; }

    public Guid OtherRep { get; private set; }

    public Guid Admin { get; private set; }

    public Guid TechQueue { get; private set; }

    public Guid BillingQueue { get; private set; }

    public Guid Account { get; private set; }

    public ITicketService Tickets => host.Get<ITicketService>();

    public IQueueService Queues => host.Get<IQueueService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TicketWorld> CreateAsync(CrmTestHost host)
    {
        var world = new TicketWorld(host);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        world.FirstLine = await world.TeamAsync($"一线支持-{suffix}", TeamKind.Support);
        world.SecondLine = await world.TeamAsync($"二线支持-{suffix}", TeamKind.Support);
        var sales = await world.TeamAsync($"华东销售-{suffix}", TeamKind.Sales);
        world.Lead = await world.UserAsync("何丽", world.FirstLine);
        world.Xu = await world.UserAsync("许静", world.FirstLine);
        world.Wang = await world.UserAsync("王芳", world.FirstLine);
        world.Zhao = await world.UserAsync("赵磊", world.SecondLine);
        world.Rep = await world.UserAsync("张伟", sales);
        world.OtherRep = await world.UserAsync("林晓燕", await world.TeamAsync($"华南销售-{suffix}", TeamKind.Sales));
        world.Admin = await world.UserAsync("刘洋", sales);
        await host.ChangeAsync<Team>(world.FirstLine, (team, _) => team.AppointManager(world.Lead));
        world.TechQueue = (await host.SaveNewAsync(new TicketQueue(
            Guid.CreateVersion7(), $"技术支持-{suffix}", world.FirstLine))).Id;
        world.BillingQueue = (await host.SaveNewAsync(new TicketQueue(
            Guid.CreateVersion7(), $"账单与合同-{suffix}", world.SecondLine, TicketPriority.Low))).Id;
        world.Account = (await host.SaveNewAsync(TestRecords.Account(host.Now, $"上海精工-{suffix}", world.Rep))).Id;
        await world.ClearRulesAsync();

        return world;
    }

    public void SignInAsLead() => host.Actor.SignIn(Lead, Roles.SupportLead);

    public void SignInAsXu() => host.Actor.SignIn(Xu, Roles.SupportAgent);

    public void SignInAsWang() => host.Actor.SignIn(Wang, Roles.SupportAgent);

    public void SignInAsZhao() => host.Actor.SignIn(Zhao, Roles.SupportAgent);

    public void SignInAsRep() => host.Actor.SignIn(Rep, Roles.SalesRep);

    public void SignInAsOtherRep() => host.Actor.SignIn(OtherRep, Roles.SalesRep);

    public void SignInAsAdmin() => host.Actor.SignIn(Admin, Roles.Admin);

    /// <summary>A ticket of the account in 技术支持, as typed in by the signed-in user.</summary>
    public TicketInput Input(string subject = "VPN 无法连接", Guid? queueId = null) =>
        new(subject, "从今天早上开始所有分支机构都连不上", TicketChannel.Email, TicketCategory.Problem,
            TicketPriority.High, queueId ?? TechQueue)
        {
            AccountId = Account,
            RequesterEmail = "wang.jian@jinggong.example.cn",
        };

    /// <summary>Opens a ticket as an admin (the signed-in user is restored), routed by the current rules.</summary>
    public async Task<NewTicket> OpenAsync(string subject = "VPN 无法连接", Guid? assigneeId = null)
    {
        var (id, roles) = (host.Actor.Id, host.Actor.Roles);
        SignInAsAdmin();
        var ticket = await Tickets.CreateAsync(Input(subject) with { AssigneeId = assigneeId }, Ct);
        host.Actor.SignIn(id, [.. roles]);

        return ticket;
    }

    public async Task<TicketView> ViewAsync(NewTicket ticket)
    {
        var (id, roles) = (host.Actor.Id, host.Actor.Roles);
        SignInAsAdmin();
        var view = await Tickets.GetAsync(ticket.Number, Ct);
        host.Actor.SignIn(id, [.. roles]);

        return view;
    }

    /// <summary>The engine reads every ticket rule: each test starts from none.</summary>
    public async Task ClearRulesAsync()
    {
        await using var db = await host.OpenAsync();
        await db.AssignmentRules.IgnoreQueryFilters().Where(r => r.Kind == RecordKind.Ticket)
            .ExecuteDeleteAsync(Ct);
        _rules = 0;
    }

    public Task<AssignmentRule> RuleAsync(
        string name, AssignmentStrategy strategy, params AssignmentCondition[] when) =>
        host.SaveNewAsync(AssignmentRule.Create(
            Guid.CreateVersion7(), RecordKind.Ticket, _rules++,
            new AssignmentRuleDefinition(name, when, strategy, FirstLine), host.Now));

    public async Task<List<Notification>> NoticesAboutAsync(Guid ticketId)
    {
        await using var db = await host.OpenAsync();

        return await db.Notifications.AsNoTracking()
            .Where(n => n.Target != null && n.Target.Id == ticketId)
            .ToListAsync(Ct);
    }

    private async Task<Guid> TeamAsync(string name, TeamKind kind) =>
        (await host.SaveNewAsync(new Team(Guid.CreateVersion7(), name, kind, "华东"))).Id;

    private async Task<Guid> UserAsync(string name, Guid teamId) =>
        (await host.SaveNewAsync(new User(
            Guid.CreateVersion7(), name, $"{Guid.NewGuid():N}@test.crm", teamId, "Asia/Shanghai", "zh-CN"))).Id;
}
