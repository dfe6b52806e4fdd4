using Bunit;
using Crm.Domain.Targets;
using Crm.Infrastructure.Targets;
using Crm.Web.Targets;
using Crm.Web.Tests.Export;
using static Crm.Web.Tests.Targets.FakeTargetService;

namespace Crm.Web.Tests.Targets;

public sealed class TargetsExportTests : TargetsTestContext
{
    // The page loads and the menu opens asynchronously; a busy machine may take a while.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Render_RepsOwnFigures_AsksForTheRepsHistory()
    {
        Targets.Attainment = RepAttainment();

        var page = RenderPage<TargetsPage>();

        page.WaitForAssertion(() => Assert.Equal(("2026-04", (TargetSubject?)TargetSubject.Rep(LiNa)),
            Assert.Single(Targets.HistoryReads)));
    }

    [Fact]
    public async Task ExportCsv_AttainmentTable_WritesEachMeasuresFiguresAsShown()
    {
        // ¥36,000 of ¥100,000 (36.0%, behind, ¥64,000 to go, pipeline 1.5× the gap); 2 won and 14
        // activities without a target.
        Targets.Attainment = RepAttainment();
        var downloads = new DownloadCapture(JSInterop);
        var page = RenderPage<TargetsPage>();
        page.WaitForElement("[data-testid=attainment-export]", Patience);

        page.Find("[data-testid=attainment-export] button").Click();
        Popovers.WaitForElement("[data-testid=attainment-export-csv]", Patience).Click();

        const string csv = "\uFEFFTeam / rep,"
            + "Won amount (CNY): actual,Won amount (CNY): target,Won amount (CNY): attainment,"
            + "Won amount (CNY): gap,Won amount (CNY): pace,Won amount (CNY): coverage,"
            + "Won opportunities: actual,Won opportunities: target,Won opportunities: attainment,"
            + "Won opportunities: gap,Won opportunities: pace,"
            + "Activities: actual,Activities: target,Activities: attainment,Activities: gap,Activities: pace\r\n"
            + "李娜,36000.00,100000.00,0.36,64000.00,Behind,1.5,2,,,,,14,,,,\r\n";
        Assert.Equal(("Attainment 2026-04 华东销售 2026-03-02.csv", csv), await downloads.ReadAsync());
    }

    [Fact]
    public async Task ExportCsv_AdminGrid_WritesTeamThenRepsTargetsAndTheRepsSum()
    {
        Targets.Set(TargetSubject.Rep(LiNa), TargetMeasure.WonAmount, 10_000_000);
        Targets.Set(TargetSubject.Rep(WangWei), TargetMeasure.WonAmount, 5_000_050);
        Targets.Set(TargetSubject.Team(TeamId), TargetMeasure.WonCount, 30);
        var downloads = new DownloadCapture(JSInterop);
        var page = RenderPage<TargetsAdminPage>();
        page.WaitForElement("[data-testid=targets-grid]", Patience);

        page.Find("[data-testid=targets-export] button").Click();
        Popovers.WaitForElement("[data-testid=targets-export-csv]", Patience).Click();

        const string csv = "\uFEFFTeam,Name,Won amount (CNY),Won opportunities,Activities,"
            + "Won amount (CNY): sum of reps' targets,Won opportunities: sum of reps' targets,"
            + "Activities: sum of reps' targets\r\n"
            + "华东销售,Team target,,30,,150000.50,,\r\n华东销售,李娜,100000.00,,,,,\r\n华东销售,王伟,50000.50,,,,,\r\n";
        Assert.Equal(("Targets 2026-04 2026-03-02.csv", csv), await downloads.ReadAsync());
    }

    private static TargetAttainment RepAttainment()
    {
        var progress = new TargetProgress(
            TargetMeasure.WonAmount, 10_000_000, 3_600_000, 0.36m, 6_400_000, 8m / 22m, false, 1.5m);
        MeasureAttainment[] measures =
        [
            new(TargetMeasure.WonAmount, 3_600_000, 10_000_000, false, progress),
            new(TargetMeasure.WonCount, 2, null, false, null),
            new(TargetMeasure.ActivityCount, 14, null, false, null),
        ];
        var rep = new SubjectAttainment(TargetSubject.Rep(LiNa), "李娜", measures);

        return new TargetAttainment("2026-04", new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), Today, 0.35m, "CNY",
            null, [new TeamAttainment(TeamId, "华东销售", null, [rep])], []);
    }
}
