using Bunit;
using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Tickets.Workspace;

public sealed class ServiceDeskPageTests : CrmTestContext
{
    private readonly FakeAgentWorkspace _workspace = new();
    private readonly FakeTicketService _tickets = new();

    public ServiceDeskPageTests()
    {
        Services.AddSingleton<IAgentWorkspace>(_workspace);
        Services.AddSingleton<ITicketService>(_tickets);
        Services.AddSingleton<IAgentStatusService>(new FakeAgentStatusService());
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

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=workspace-team]")));
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
