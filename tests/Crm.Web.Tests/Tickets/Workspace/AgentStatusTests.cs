using Bunit;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Workspace;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Tickets.Workspace;

public sealed class AgentStatusTests : CrmTestContext
{
    private static readonly Guid Colleague = Guid.CreateVersion7();

    private readonly FakeAgentStatusService _status = new();

    public AgentStatusTests()
    {
        Services.AddSingleton<IAgentStatusService>(_status);
        CurrentUser.Actor = new Actor(TicketSamples.Agent, new HashSet<string> { Roles.SupportAgent });
        _status.Team.Add(new AgentStatus(Colleague, "王芳", Availability.Available));
    }

    [Fact]
    public void StatusChosen_Away_SavesItAndShowsIt()
    {
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<AgentStatusMenu>();

        menu.Find("[data-testid=agent-status-menu] button").Click();
        popovers.WaitForElement("[data-testid=agent-status-Away]").Click();

        Assert.Equal([Availability.Away], _status.Set);
        menu.WaitForAssertion(() =>
            Assert.Equal("Away", menu.Find("[data-testid=agent-status-menu]").GetAttribute("data-status")));
    }

    [Fact]
    public void LiveEvent_ColleagueGoesOffline_DotChangesWithoutARead()
    {
        var agents = Render<TeamAgents>(p => p.Add(x => x.TeamId, TicketSamples.Team));
        _status.Team.Clear();

        Bus.Publish([new UserAvailabilityChanged(Colleague, 3, Now, TicketSamples.Team, Availability.Offline)]);

        agents.WaitForAssertion(() =>
            Assert.Equal("Offline", agents.Find("[data-testid=team-agent]").GetAttribute("data-status")));
    }

    [Fact]
    public void LiveEvent_OtherTeam_ChangesNothing()
    {
        var agents = Render<TeamAgents>(p => p.Add(x => x.TeamId, TicketSamples.Team));

        Bus.Publish([new UserAvailabilityChanged(Colleague, 3, Now, Guid.CreateVersion7(), Availability.Away)]);

        Assert.Equal("Available", agents.Find("[data-testid=team-agent]").GetAttribute("data-status"));
    }
}
