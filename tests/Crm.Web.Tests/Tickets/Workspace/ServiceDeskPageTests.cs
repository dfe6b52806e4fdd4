using Bunit;
using Crm.Domain.Common;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Sla;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Tickets.Workspace;

public sealed class ServiceDeskPageTests : CrmTestContext
{
    private readonly FakeAgentWorkspace _workspace = new();
    private readonly Sla.FakeTicketSlaCountdowns _countdowns = new();
    private readonly FakeTicketService _tickets = new();

    public ServiceDeskPageTests()
    {
        Services.AddSingleton<IAgentWorkspace>(_workspace);
        Services.AddSingleton<ITicketService>(_tickets);
        Services.AddSingleton<IAgentStatusService>(new FakeAgentStatusService());
        Services.AddSingleton<ITicketSlaCountdowns>(_countdowns);
        CurrentUser.Actor = new Actor(TicketSamples.Agent, new HashSet<string> { Domain.Teams.Roles.SupportAgent });
    }

    [Fact]
    public void Render_MineAndWaiting_EachInItsLane()
    {
        _workspace.View = WorkspaceSamples.View(
            [WorkspaceSamples.Row(10234, "打印机卡纸", TicketSamples.Agent),
                WorkspaceSamples.Row(10235, "发票抬头错误")]);

        var page = Render<ServiceDeskPage>();

        Assert.Equal("#10234", page.Find("[data-testid=workspace-mine] [data-testid=workspace-ticket-link]")
            .TextContent);
        Assert.Equal("#10235", page.Find("[data-testid=workspace-queue] [data-testid=workspace-ticket-link]")
            .TextContent);
    }

    [Fact]
    public void LiveChange_TicketTakenByColleague_LeavesTheQueueLane()
    {
        var waiting = WorkspaceSamples.Row(10235, "发票抬头错误");
        _workspace.View = WorkspaceSamples.View([waiting]);
        var page = Render<ServiceDeskPage>();

        _workspace.Push(WorkspaceSamples.View([waiting with { AssigneeId = Guid.CreateVersion7() }]));

        page.WaitForAssertion(() =>
            Assert.Empty(page.FindAll("[data-testid=workspace-queue] [data-testid=workspace-ticket]")));
    }

    // Moved to another support team while the workspace is open: the page follows to that team.
    [Fact]
    public void LiveChange_MovedToAnotherTeam_OpensTheNewTeamsWorkspace()
    {
        var other = Guid.CreateVersion7();
        var page = Render<ServiceDeskPage>();
        _workspace.Teams.Clear();
        _workspace.Teams.Add(new WorkspaceTeam(other, "二线支持"));

        _workspace.Push(WorkspaceSamples.View([]) with { ScopeRevision = 1, InScope = false });

        page.WaitForAssertion(() => Assert.Equal([TicketSamples.Team, other], _workspace.Opened));
    }

    // Made lead of a second team: the team picker offers it without a reload.
    [Fact]
    public void LiveChange_NowLeadsAnotherTeam_TeamPickerOffersIt()
    {
        var page = Render<ServiceDeskPage>();
        _workspace.Teams.Add(new WorkspaceTeam(Guid.CreateVersion7(), "二线支持"));

        _workspace.Push(WorkspaceSamples.View([]) with { ScopeRevision = 1 });

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".crm-board-picker")));
    }

    // The tile shows the running first-response clock the SLA feature computed for the ticket.
    [Fact]
    public void Render_QueueTicketWithSla_ShowsItsFirstResponseCountdown()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var waiting = WorkspaceSamples.Row(10235, "发票抬头错误") with
        {
            Sla = new TicketSla(Guid.CreateVersion7(), SlaState.Running, Now.AddHours(4), SlaState.Running,
                Now.AddDays(2), Now.AddHours(3)),
        };
        _countdowns.Countdowns[waiting.Id] = new TicketCountdowns(Now,
            new SlaClockCountdown(SlaClockKind.FirstResponse, SlaState.Running, Now.AddHours(4), 14_400_000, 2_880_000,
                [new WorkingPeriod(Now, Now.AddHours(8))]),
            new SlaClockCountdown(SlaClockKind.Resolution, SlaState.Running, Now.AddDays(2), 57_600_000, null,
                [new WorkingPeriod(Now, Now.AddHours(8))]));
        _workspace.View = WorkspaceSamples.View([waiting]);

        var page = Render<ServiceDeskPage>();

        var countdown = page.Find("[data-testid=workspace-queue] [data-testid=sla-countdown-FirstResponse]");
        Assert.Contains("4:00:00", countdown.TextContent);
    }

    [Fact]
    public void TakeClicked_QueueTicket_TakesItAtTheVersionShown()
    {
        var waiting = WorkspaceSamples.Row(10235, "发票抬头错误");
        _workspace.View = WorkspaceSamples.View([waiting]);
        var page = Render<ServiceDeskPage>();

        page.Find("[data-testid=workspace-queue] [data-testid=workspace-take]").Click();

        Assert.Equal((waiting.Id, 2), Assert.Single(_tickets.Takes));
    }

    [Fact]
    public void TakeClicked_SomeoneWasFaster_PageStaysUsable()
    {
        _workspace.View = WorkspaceSamples.View([WorkspaceSamples.Row(10235, "发票抬头错误")]);
        _tickets.ChangeError = new ConcurrencyConflictException("Ticket", Guid.Empty);
        var page = Render<ServiceDeskPage>();

        page.Find("[data-testid=workspace-take]").Click();

        Assert.False(page.Find("[data-testid=workspace-take]").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_NoRiskRule_HasNoAtRiskLane()
    {
        var page = Render<ServiceDeskPage>();

        Assert.Empty(page.FindAll("[data-testid=workspace-at-risk]"));
    }

    [Fact]
    public void Render_RiskRuleFlagsATicket_ShowsItInTheAtRiskLane()
    {
        var late = WorkspaceSamples.Row(10236, "系统宕机", TicketSamples.Agent);
        _workspace.View = WorkspaceSamples.View([late], atRisk: [late]);

        var page = Render<ServiceDeskPage>();

        Assert.Single(page.FindAll("[data-testid=workspace-at-risk] [data-testid=workspace-ticket]"));
    }

    [Fact]
    public void Render_BoardView_TicketInItsStatusColumn()
    {
        _workspace.View = WorkspaceSamples.View(
            [WorkspaceSamples.Row(10237, "退款", status: TicketStatus.Escalated)]);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/service?view=board");

        var page = Render<ServiceDeskPage>();

        Assert.Single(page.FindAll("[data-testid=workspace-status-Escalated] [data-testid=workspace-ticket]"));
    }

    [Fact]
    public void Render_NotInASupportTeam_SaysThereIsNoWorkspace()
    {
        _workspace.Teams.Clear();

        var page = Render<ServiceDeskPage>();

        Assert.NotNull(page.Find("[data-testid=workspace-no-team]"));
    }
}
