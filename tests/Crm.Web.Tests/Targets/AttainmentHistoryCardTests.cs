using Bunit;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Targets;
using Crm.Web.Targets;
using Crm.Web.Tests.Charts;
using Crm.Web.Tests.Export;
using MudBlazor;
using Plotly.Blazor.Traces;

namespace Crm.Web.Tests.Targets;

public sealed class AttainmentHistoryCardTests : ChartTestContext
{
    // The page loads and the menu opens asynchronously; a busy machine may take a while.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // November 2025 to April 2026, in minor units: won 500,000, 0, 0, 4,000,000, 1,000,000, 3,000,000
    // against 1,000,000, none, 0, 5,000,000, 5,000,000, 8,000,000.
    private static readonly AttainmentHistory History = new(TargetSubject.Team(FakeTargetService.TeamId), "CNY",
    [
        Month(2025, 11, 500_000, 1_000_000, 0.5m), Month(2025, 12, 0, null, null), Month(2026, 1, 0, 0, null),
        Month(2026, 2, 4_000_000, 5_000_000, 0.8m), Month(2026, 3, 1_000_000, 5_000_000, 0.2m),
        Month(2026, 4, 3_000_000, 8_000_000, 0.375m),
    ]);

    private IRenderedComponent<AttainmentHistoryCard> RenderCard(AttainmentHistory history) =>
        Render<AttainmentHistoryCard>(p => p.Add(c => c.History, history).Add(c => c.SubjectName, "华东销售"));

    [Fact]
    public void Render_History_WonAsBarsInMajorUnitsOldestFirst()
    {
        var card = RenderCard(History);

        var bars = Trace<Bar, AttainmentHistoryCard>(card);
        Assert.Equal([5_000m, 0m, 0m, 40_000m, 10_000m, 30_000m], bars.Y);
        Assert.Equal(["November 2025", "December 2025", "January 2026", "February 2026", "March 2026", "April 2026"],
            bars.X);
    }

    [Fact]
    public void Render_History_TargetAsADashedLineBrokenWhereNoneIsSet()
    {
        var card = RenderCard(History);

        var target = Trace<Scatter, AttainmentHistoryCard>(card, 1);
        Assert.Equal([10_000m, null, 0m, 50_000m, 50_000m, 80_000m], target.Y);
        Assert.Equal("dash", target.Line.Dash);
    }

    [Fact]
    public void ToggleTable_History_ShowsPeriodWonTargetAndAttainment()
    {
        var card = RenderCard(History);

        card.Find("[data-testid=chart-table-toggle]").Click();

        var rows = card.FindAll("[data-testid=chart-table] tbody tr").Select(tr => string.Join(" | ",
            tr.QuerySelectorAll("td").Select(td => td.TextContent))).ToList();
        Assert.Equal(("November 2025 | ¥5,000 | ¥10,000 | 50.0%", "December 2025 | ¥0 | — | —",
            "January 2026 | ¥0 | ¥0 | —"), (rows[0], rows[1], rows[2]));
    }

    [Fact]
    public async Task ExportCsv_History_WritesTheTableTyped()
    {
        var downloads = new DownloadCapture(JSInterop);
        var popovers = Render<MudPopoverProvider>();
        var card = RenderCard(History);

        card.Find("[data-testid=chart-export] button").Click();
        popovers.WaitForElement("[data-testid=chart-export-csv]", Patience).Click();

        const string csv = "\uFEFFPeriod,Won (CNY),Target (CNY),Attainment\r\n"
            + "November 2025,5000.00,10000.00,0.5\r\nDecember 2025,0.00,,\r\nJanuary 2026,0.00,0.00,\r\n"
            + "February 2026,40000.00,50000.00,0.8\r\nMarch 2026,10000.00,50000.00,0.2\r\n"
            + "April 2026,30000.00,80000.00,0.375\r\n";
        Assert.Equal(("Attainment history 华东销售 2026-03-02.csv", csv), await downloads.ReadAsync());
    }

    [Fact]
    public void Render_NoTargetInAnyPeriod_SaysSoWithoutATable()
    {
        var none = History with
        {
            Periods = [.. History.Periods.Select(p => p with { Target = null, Attainment = null })],
        };

        var card = RenderCard(none);

        Assert.Equal("No won-amount target set in these six periods",
            card.Find("[data-testid=chart-empty]").TextContent.Trim());
        Assert.Empty(card.FindAll("[data-testid=chart-table-toggle]"));
    }

    private static AttainmentHistoryPeriod Month(int year, int month, long won, long? target, decimal? attainment) =>
        new(new FiscalCalendar(1).Parse($"{year}-{month:00}")!, won, target, false, attainment);
}
