using Bunit;
using Crm.Infrastructure.Export;
using Crm.Web.Charts;
using Crm.Web.Export;
using Crm.Web.Tests.Common;
using MudBlazor;

namespace Crm.Web.Tests.Export;

public sealed class ExportMenuTests : CrmTestContext
{
    // The page loads and the menu opens asynchronously; a busy machine may take a while.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // Two reps' won amounts, one of them a credit note, and a rep whose name looks like a formula.
    private static readonly ChartTable Won = new("Won 赢单", ["Rep", "Won"],
    [
        [TableCell.Text("李娜"), TableCell.Money(1_234_550, "¥12,345.50")],
        [TableCell.Text("=Wang"), TableCell.Money(-5_000, "-¥50.00")],
        [TableCell.Text("陈静"), new TableCell("—", ExportCell.Empty)],
    ]);

    private const string WonCsv = "\uFEFFRep,Won\r\n李娜,12345.50\r\n'=Wang,-50.00\r\n陈静,\r\n";

    [Fact]
    public async Task ExportCsv_Table_DownloadsItsRowsUnderADatedName()
    {
        var downloads = new DownloadCapture(JSInterop);
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<ExportMenu>(p => p.Add(c => c.Table, Won));

        menu.Find("[data-testid=export] button").Click();
        popovers.WaitForElement("[data-testid=export-csv]", Patience).Click();

        Assert.Equal(("Won 赢单 2026-03-02.csv", WonCsv), await downloads.ReadAsync());
    }

    [Fact]
    public async Task ExportCsv_TableFactory_BuildsTheTableWhenClicked()
    {
        var downloads = new DownloadCapture(JSInterop);
        var built = 0;
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<ExportMenu>(p => p.Add(c => c.TableFactory, () => { built++; return Won; }));
        Assert.Equal(0, built);

        menu.Find("[data-testid=export] button").Click();
        popovers.WaitForElement("[data-testid=export-csv]", Patience).Click();

        Assert.Equal((1, WonCsv), (built, (await downloads.ReadAsync()).Text));
    }

    [Fact]
    public async Task ExportExcel_FileTitle_NamesTheFile()
    {
        var downloads = new DownloadCapture(JSInterop);
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<ExportMenu>(p => p
            .Add(c => c.Table, Won).Add(c => c.FileTitle, "Targets").Add(c => c.TestId, "targets-export"));

        menu.Find("[data-testid=targets-export] button").Click();
        popovers.WaitForElement("[data-testid=targets-export-xlsx]", Patience).Click();

        Assert.Equal("Targets 2026-03-02.xlsx", (await downloads.ReadAsync()).FileName);
    }

    [Fact]
    public void Render_NoTable_IsDisabled()
    {
        var menu = Render<ExportMenu>();

        Assert.True(menu.Find("[data-testid=export] button").HasAttribute("disabled"));
    }
}
