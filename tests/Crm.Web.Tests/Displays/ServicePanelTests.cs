using Bunit;
using Crm.Domain.Displays;
using Crm.Domain.Teams;
using Crm.Infrastructure.Displays.Boards;
using Crm.Web.Displays.Service;
using Crm.Web.Displays.Wall;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Tests.Displays;

// The clock stands at 08:00 UTC (16:00 in Shanghai); the circuit speaks English throughout.
public sealed class ServicePanelTests : CrmTestContext
{
    [Fact]
    public void Queue_Cells_CountByStatusAndPriorityWithTotals()
    {
        var panel = Show<QueuePanel>(PanelSamples.Service(), PanelSamples.Chinese);

        Assert.Equal("2", panel.Find("[data-testid='wall-queue-New-Critical']").TextContent.Trim());
        Assert.Equal("–", panel.Find("[data-testid='wall-queue-Open-Critical']").TextContent.Trim());
        Assert.Equal("9", panel.Find("[data-testid='wall-queue-total']").TextContent.Trim());
    }

    [Fact]
    public void Queue_NoOpenTickets_SaysTheQueueIsEmpty()
    {
        var panel = Show<QueuePanel>(PanelSamples.Service() with { Queue = [] }, PanelSamples.English);

        Assert.Equal("The queue is empty", panel.Find("[data-testid='wall-empty']").TextContent);
    }

    [Fact]
    public void AtRisk_Ticket_CarriesItsDueMomentForTheBrowserAndTheTimeLeftNow()
    {
        var panel = Show<AtRiskPanel>(PanelSamples.Service(), PanelSamples.English);

        var countdown = panel.FindAll("[data-testid='wall-countdown']")[1];
        Assert.Equal("2026-03-02T08:42:07.0000000Z", countdown.GetAttribute("data-due"));
        Assert.Equal("0:42:07", countdown.TextContent);
        Assert.DoesNotContain("wall-overdue", countdown.ClassList);
    }

    [Fact]
    public void AtRisk_Breached_ComesFirstInRedCountingUp()
    {
        var panel = Show<AtRiskPanel>(PanelSamples.Service(), PanelSamples.English);

        var first = panel.FindAll("[data-testid='wall-at-risk-ticket']")[0];
        Assert.Contains("Cannot sign in", first.TextContent);
        Assert.Contains("wall-overdue", first.QuerySelector(".wall-countdown")!.ClassList);
        Assert.Equal("+0:05:00", first.QuerySelector(".wall-countdown")!.TextContent);
    }

    [Fact]
    public void AtRisk_DaysAway_CountsInDaysAndHoursInChinese()
    {
        var board = PanelSamples.Service() with
        {
            AtRisk = [PanelSamples.Ticket(7, "合同续签", PanelSamples.Now.AddHours(26), breached: false)],
        };

        var panel = Show<AtRiskPanel>(board, PanelSamples.Chinese);

        Assert.Equal("1天2小时", panel.Find("[data-testid='wall-countdown']").TextContent);
    }

    [Fact]
    public void AtRisk_MoreThanFit_SaysHowManyMore()
    {
        var board = PanelSamples.Service() with
        {
            AtRisk = [.. Enumerable.Range(1, 10)
                .Select(i => PanelSamples.Ticket(i, $"Ticket {i}", PanelSamples.Now.AddMinutes(i), breached: false))],
        };

        var panel = Show<AtRiskPanel>(board, PanelSamples.English);

        Assert.Equal(6, panel.FindAll("[data-testid='wall-at-risk-ticket']").Count);
        Assert.Equal("+4 more", panel.Find("[data-testid='wall-at-risk-more']").TextContent.Trim());
        Assert.Contains("10", panel.Find(".wall-panel-title").TextContent);
    }

    [Fact]
    public void AtRisk_None_SaysEveryTicketIsWithinItsSla()
    {
        var panel = Show<AtRiskPanel>(PanelSamples.Service() with { AtRisk = [] }, PanelSamples.Chinese);

        Assert.Equal("所有工单都在 SLA 之内", panel.Find("[data-testid='wall-empty']").TextContent);
    }

    [Fact]
    public void Agents_AvailableFirst_WithTheirOpenTickets()
    {
        var panel = Show<AgentsPanel>(PanelSamples.Service(), PanelSamples.Chinese);

        var agents = panel.FindAll("[data-testid='wall-agent']");
        Assert.Equal(
            [nameof(Availability.Available), nameof(Availability.Away), nameof(Availability.Offline)],
            agents.Select(a => a.GetAttribute("data-availability")));
        Assert.Equal("4", agents[0].QuerySelector("[data-testid='wall-agent-open']")!.TextContent);
        Assert.Contains("坐席 · 1/3 可接单", panel.Find(".wall-panel-title").TextContent);
    }

    [Fact]
    public void Today_ShowsOpenedAndResolved()
    {
        var panel = Show<TodayPanel>(PanelSamples.Service(), PanelSamples.Chinese);

        Assert.Equal("17", panel.Find("[data-testid='wall-today-opened']").TextContent);
        Assert.Equal("12", panel.Find("[data-testid='wall-today-resolved']").TextContent);
        Assert.Contains("新增", panel.Markup);
    }

    [Fact]
    public void Satisfaction_Ratings_ShowTheAverageHowManyAndTheShareSatisfied()
    {
        var panel = Show<SatisfactionTodayPanel>(PanelSamples.Service(), PanelSamples.English);

        Assert.Equal("4.5", panel.Find("[data-testid='wall-satisfaction-average']").TextContent);
        Assert.Equal("12 ratings", panel.Find("[data-testid='wall-satisfaction-ratings']").TextContent.Trim());
        Assert.Equal("75%", panel.Find("[data-testid='wall-satisfaction-share']").TextContent);
    }

    [Fact]
    public void Satisfaction_NoRatings_SaysSoInChinese()
    {
        var board = PanelSamples.Service() with { Satisfaction = new SatisfactionToday(0, null, 0) };

        var panel = Show<SatisfactionTodayPanel>(board, PanelSamples.Chinese);

        Assert.Equal("今天还没有评价", panel.Find("[data-testid='wall-empty']").TextContent);
    }

    [Theory]
    [InlineData(DisplayPanel.Queue, "wall-panel-queue")]
    [InlineData(DisplayPanel.AtRisk, "wall-panel-at-risk")]
    [InlineData(DisplayPanel.Agents, "wall-panel-agents")]
    [InlineData(DisplayPanel.Today, "wall-panel-today")]
    [InlineData(DisplayPanel.SatisfactionToday, "wall-panel-satisfaction")]
    public void ServicePanel_EachPanel_ShowsItsOwnFrame(DisplayPanel kind, string testId)
    {
        var panel = Render<ServicePanel>(p => p
            .Add(x => x.Panel, kind)
            .Add(x => x.Board, PanelSamples.Service())
            .AddCascadingValue(PanelSamples.English));

        Assert.Single(panel.FindAll(".wall-panel"));
        Assert.Single(panel.FindAll($"[data-testid='{testId}']"));
    }

    private IRenderedComponent<TPanel> Show<TPanel>(ServiceBoard board, WallCulture culture)
        where TPanel : ServicePanelBase =>
        Render<TPanel>(p => p.Add(x => x.Board, board).AddCascadingValue(culture));
}
