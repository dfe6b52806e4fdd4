using System.Text;
using Bunit;
using Crm.Web.Charts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace Crm.Web.Tests.Charts;

public sealed class ChartCardTests : ChartTestContext
{
    // Two stages: 10 opportunities worth ¥50,000.00 and 4 worth -¥1,200.50 (a credit note).
    private static readonly FunnelSegment[] Stages =
    [
        new("qualify", "Qualify", 10, 5_000_000, "¥50,000.00"),
        new("=proposal", "=Proposal", 4, -120_050, "-¥1,200.50"),
    ];

    private static readonly ChartTable Table =
        ChartTables.ForFunnel("Funnel 漏斗", "Stage", "Count", "Amount", Stages);

    private IRenderedComponent<ChartCard> RenderCard() => Render<ChartCard>(p => p
        .Add(c => c.Title, "Funnel")
        .Add(c => c.Table, Table)
        .AddChildContent<FunnelChart>(f => f.Add(c => c.Stages, Stages)));

    [Fact]
    public void Render_Initially_ShowsTheChartWithoutTheTable()
    {
        var card = RenderCard();

        Assert.Empty(card.FindAll("[data-testid=chart-table]"));
        Assert.Single(card.FindComponents<Plotly.Blazor.PlotlyChart>());
    }

    [Fact]
    public void ToggleTable_Clicked_ShowsTheSameNumbersBesideTheChart()
    {
        var card = RenderCard();

        card.Find("[data-testid=chart-table-toggle]").Click();

        var cells = card.FindAll("[data-testid=chart-table] tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal(["Qualify", "10", "¥50,000.00", "=Proposal", "4", "-¥1,200.50"], cells);
        Assert.Single(card.FindComponents<Plotly.Blazor.PlotlyChart>());
    }

    [Fact]
    public async Task ExportCsv_Clicked_StreamsTheTableToTheBrowserUnderADatedName()
    {
        var module = JSInterop.SetupModule("./js/download.js");
        var download = module.SetupVoid("download", _ => true);
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var card = RenderCard();

        card.Find("[data-testid=chart-export] button").Click();
        popovers.Find("[data-testid=chart-export-csv]").Click();

        var invocation = module.Invocations["download"].Single();
        var bytes = await ReadAsync((DotNetStreamReference)invocation.Arguments[2]!);
        download.SetVoidResult();
        Assert.Equal("Funnel 漏斗 2026-03-02.csv", invocation.Arguments[0]);
        // Money as numbers (the credit note stays negative), the stage name neutralised.
        const string csv = "\uFEFFStage,Count,Amount\r\nQualify,10,50000.00\r\n'=Proposal,4,-1200.50\r\n";
        Assert.Equal(csv, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void ExportExcel_BrowserRefuses_SaysTheExportFailed()
    {
        var module = JSInterop.SetupModule("./js/download.js");
        module.SetupVoid("download", _ => true).SetException(new JSException("blocked"));
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var card = RenderCard();

        card.Find("[data-testid=chart-export] button").Click();
        popovers.Find("[data-testid=chart-export-xlsx]").Click();

        var snackbar = Services.GetRequiredService<MudBlazor.ISnackbar>();
        card.WaitForAssertion(() => Assert.Contains(
            snackbar.ShownSnackbars, s => s.Message?.Contains("could not be downloaded") == true));
    }

    private static async Task<byte[]> ReadAsync(DotNetStreamReference content)
    {
        using var copy = new MemoryStream();
        await content.Stream.CopyToAsync(copy, Xunit.TestContext.Current.CancellationToken);

        return copy.ToArray();
    }
}
