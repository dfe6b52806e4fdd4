using System.Collections.Immutable;
using Bunit;
using Crm.Domain.Analytics.Service;
using Crm.Domain.Forecasting;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Analytics.Service;
using Crm.Web.Analytics.Service;
using Crm.Web.Charts;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Analytics;

public sealed class ServiceDashboardPageTests : DashboardTestContext
{
    private static readonly Guid Xu = Guid.NewGuid();

    // #10001 opened 2026-03-02 01:30 UTC for 许静; #10002 waiting in a queue.
    private static readonly TicketRecord[] Tickets =
    [
        new(Guid.NewGuid(), 10001, "VPN 无法连接", "上海精工", TicketStatus.Open, TicketPriority.High,
            TicketChannel.Email, "许静", new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc)),
        new(Guid.NewGuid(), 10002, "=发票抬头有误", "", TicketStatus.New, TicketPriority.Low,
            TicketChannel.Email, "", new DateTime(2026, 3, 1, 23, 0, 0, DateTimeKind.Utc)),
    ];

    private readonly FakeServiceAnalytics _analytics = new(Dashboard()) { Records = Tickets };

    public ServiceDashboardPageTests()
    {
        Services.AddSingleton<IServiceAnalytics>(_analytics);
        Services.AddSingleton<ITicketFacts>(new FakeTicketFacts());
        RenderProviders();
    }

    [Fact]
    public async Task ChannelBarClicked_AsksForItsTicketsUnderThePagesFilter()
    {
        var page = Render<ServiceDashboardPage>();

        await ClickAsync(page, "service-channels", "Email");

        var asked = Assert.Single(_analytics.Asked);
        Assert.Equal((new ServiceSegment.Channel(TicketChannel.Email), 200), (asked.Segment, asked.Limit));
    }

    [Fact]
    public async Task ChannelBarClicked_DialogListsTheTicketsWithLinksByNumber()
    {
        var page = Render<ServiceDashboardPage>();

        await ClickAsync(page, "service-channels", "Email");

        var rows = Dialogs.WaitForElements("[data-testid=records-row]");
        Assert.Equal(["/tickets/10001", "/tickets/10002"],
            rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["#10001", "VPN 无法连接", "上海精工", "Open", "High", "Email", "许静", "3/2/2026 1:30\u202FAM"],
            rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task HeatMapCellAndSatisfactionPartClicked_AskForThoseSegments()
    {
        var page = Render<ServiceDashboardPage>();

        await page.InvokeAsync(() =>
            page.FindComponent<HeatMapChart>().Instance.OnSegmentClick.InvokeAsync("Monday-9"));
        await ClickAsync(page, "service-agents", $"{Xu}:4");
        await ClickAsync(page, "service-agents", "queue:1");

        Assert.Equal(
        [
            new ServiceSegment.HourOfWeek(DayOfWeek.Monday, 9), new ServiceSegment.Satisfaction(Xu, 4),
            new ServiceSegment.Satisfaction(null, 1),
        ], _analytics.Asked.Select(a => a.Segment));
    }

    [Fact]
    public async Task BacklogDayClicked_AsksForTheTicketsOpenAtItsEnd()
    {
        var page = Render<ServiceDashboardPage>();

        await page.InvokeAsync(() =>
            page.FindComponent<LineChart>().Instance.OnSegmentClick.InvokeAsync("2026-03-02"));

        Assert.Equal(new ServiceSegment.BacklogDay(new DateOnly(2026, 3, 2)), Assert.Single(_analytics.Asked).Segment);
    }

    [Fact]
    public async Task KeyThatDoesNotParse_AsksForNothing()
    {
        var page = Render<ServiceDashboardPage>();

        await ClickAsync(page, "service-channels", "Pigeon");
        await ClickAsync(page, "service-agents", "queue:6");

        Assert.Empty(_analytics.Asked);
    }

    [Fact]
    public async Task RecordsExported_CsvHoldsTheDialogsRows()
    {
        var page = Render<ServiceDashboardPage>();
        await ClickAsync(page, "service-channels", "Email");
        Dialogs.WaitForElements("[data-testid=records-row]");

        var (name, csv) = await ExportCsvAsync(Dialogs, "records-export");

        Assert.Equal("Email_ 2 tickets 2026-03-02.csv", name);
        Assert.Equal(
            "\uFEFFTicket,Subject,Account,Status,Priority,Channel,Assignee,Created\r\n"
            + "#10001,VPN 无法连接,上海精工,Open,High,Email,许静,2026-03-02 01:30:00\r\n"
            + "#10002,'=发票抬头有误,,New,Low,Email,In a queue,2026-03-01 23:00:00\r\n", csv);
    }

    [Fact]
    public async Task TimesExported_CsvHoldsEachMeasureWithItsCountAndMinutes()
    {
        var page = Render<ServiceDashboardPage>();

        var (_, csv) = await ExportCsvAsync(page, "chart-export", "[data-testid=service-times-card]");

        Assert.Equal(
            "\uFEFFMeasure,Tickets,Median,90th percentile\r\n"
            + "First response,2,30,45.5\r\nResolution,0,–,–\r\nComplaint handling (elapsed),0,–,–\r\n", csv);
    }

    private static Task ClickAsync(IRenderedComponent<ServiceDashboardPage> page, string chart, string key)
    {
        var bar = page.FindComponents<BarChart>().Single(b => b.Instance.TestId == chart);

        return page.InvokeAsync(() => bar.Instance.OnSegmentClick.InvokeAsync(key));
    }

    private static ServiceDashboard Dashboard()
    {
        var period = new FiscalCalendar(1).PeriodContaining(new DateOnly(2026, 3, 2), PeriodKind.Month);
        var cells = new int[7 * 24];
        cells[9] = 2;
        DurationSummary none = new(0, null, null);

        return new ServiceDashboard(
            1,
            new PeriodView(period, new FiscalCalendar(1), new DateOnly(2026, 3, 2)),
            [.. Enum.GetValues<TicketChannel>().Select(c => (c, c == TicketChannel.Email ? 2 : 0))],
            [.. Enum.GetValues<TicketCategory>().Select(c => (c, c == TicketCategory.Problem ? 2 : 0))],
            new HourOfWeek([.. cells]),
            new DurationSummary(2, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(45.5)),
            none,
            none,
            new SlaAttainment(new ClockAttainment(0, 0), new ClockAttainment(0, 0)),
            [(new DateOnly(2026, 3, 1), 1), (new DateOnly(2026, 3, 2), 2)],
            [
                new AgentSatisfaction(Xu, 1, 4m, [0, 0, 0, 1, 0]),
                new AgentSatisfaction(null, 1, 1m, [1, 0, 0, 0, 0]),
            ],
            new AgentSatisfaction(null, 2, 2.5m, [1, 0, 0, 1, 0]),
            [],
            [new AnalyticsChoice(Xu, "许静")]);
    }
}
