using Bunit;
using Crm.Domain.Targets;
using Crm.Infrastructure.Targets;
using Crm.Web.Targets;
using static Crm.Web.Tests.Targets.FakeTargetService;

namespace Crm.Web.Tests.Targets;

public sealed class TargetsPageTests : TargetsTestContext
{
    [Fact]
    public void Render_RepBehindPace_ShowsAttainmentStatusAndGap()
    {
        // ¥36,000.00 of ¥100,000.00 = 36.0% against a pace of 8/22 = 36.4%: behind, ¥64,000 to go.
        Targets.Attainment = Attainment(new TargetProgress(
            TargetMeasure.WonAmount, 10_000_000, 3_600_000, 0.36m, 6_400_000, 8m / 22m, false, 1.5m));

        var page = RenderPage<TargetsPage>();

        page.WaitForAssertion(() => Assert.Equal(
            ("36.0%", "behind", "Still to go: ¥64,000"),
            (AmountCell(page).QuerySelector("[data-testid=attainment-value]")!.TextContent.Trim(),
                AmountCell(page).GetAttribute("data-status"),
                AmountCell(page).QuerySelector("[data-testid=attainment-gap]")!.TextContent.Trim())));
    }

    [Fact]
    public void Render_WonAmount_ShowsCoverageOfTheGap()
    {
        Targets.Attainment = Attainment(new TargetProgress(
            TargetMeasure.WonAmount, 10_000_000, 3_600_000, 0.36m, 6_400_000, 0.35m, true, 1.5m));

        var page = RenderPage<TargetsPage>();

        page.WaitForAssertion(() => Assert.Equal("Pipeline covers 1.50× the gap",
            AmountCell(page).QuerySelector("[data-testid=attainment-coverage]")!.TextContent.Trim()));
    }

    [Fact]
    public void Render_Period_SaysHowMuchOfItsWorkingDaysHavePassed()
    {
        Targets.Attainment = Attainment(null);

        var page = RenderPage<TargetsPage>();

        page.WaitForAssertion(() => Assert.StartsWith(
            "Expected by now: 35.0% of the period's working days",
            page.Find("[data-testid=targets-pace]").TextContent.Trim()));
    }

    [Fact]
    public void Render_NoTarget_ShowsTheActualAlone()
    {
        Targets.Attainment = Attainment(null);

        var page = RenderPage<TargetsPage>();

        page.WaitForAssertion(() => Assert.Contains("No target set", AmountCell(page).TextContent));
    }

    [Fact]
    public void FactsPublished_ReloadsTheFigures()
    {
        Targets.Attainment = Attainment(null);
        var page = RenderPage<TargetsPage>();
        page.WaitForElement("[data-testid=attainment-cell]");

        Facts.Publish();

        page.WaitForAssertion(() => Assert.Equal(2, Targets.AttainmentReads), TimeSpan.FromSeconds(5));
    }

    private static AngleSharp.Dom.IElement AmountCell(IRenderedComponent<TargetsPage> page) =>
        page.Find($"[data-testid=attainment-row][data-subject='{LiNa}'] "
            + "[data-testid=attainment-cell][data-measure=WonAmount]");

    private static TargetAttainment Attainment(TargetProgress? amount)
    {
        MeasureAttainment[] measures =
        [
            new(TargetMeasure.WonAmount, 3_600_000, amount?.Target, false, amount),
            new(TargetMeasure.WonCount, 2, null, false, null),
            new(TargetMeasure.ActivityCount, 14, null, false, null),
        ];
        var rep = new SubjectAttainment(TargetSubject.Rep(LiNa), "李娜", measures);

        return new TargetAttainment("2026-04", new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), Today, 0.35m, "CNY",
            null, [new TeamAttainment(TeamId, "华东销售", null, [rep])], []);
    }
}
