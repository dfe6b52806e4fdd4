using AngleSharp.Dom;
using Bunit;
using Crm.Domain.Targets;
using Crm.Web.Targets;
using Microsoft.AspNetCore.Components.Web;
using static Crm.Web.Tests.Targets.FakeTargetService;

namespace Crm.Web.Tests.Targets;

public sealed class TargetsAdminPageTests : TargetsTestContext
{
    [Fact]
    public void Render_Period_ShowsTheTeamRowThenItsReps()
    {
        var page = RenderPage<TargetsAdminPage>();

        page.WaitForAssertion(() => Assert.Equal(
            ["华东销售", "李娜", "王伟"],
            page.FindAll("[data-testid=targets-grid] tbody th p").Select(p => p.TextContent.Trim())
                .Where(t => t != "Team target")));
    }

    [Fact]
    public void Render_RepTargets_TeamRowShowsTheirSum()
    {
        Targets.Set(TargetSubject.Rep(LiNa), TargetMeasure.WonAmount, 10_000_000);
        Targets.Set(TargetSubject.Rep(WangWei), TargetMeasure.WonAmount, 5_000_000);

        var page = RenderPage<TargetsAdminPage>();

        page.WaitForAssertion(() => Assert.Equal(
            "Reps' targets: ¥150,000.00", page.FindAll("[data-testid=target-rep-sum]")[0].TextContent.Trim()));
    }

    [Fact]
    public void Enter_AmountWithCents_SavesItForThatRepAndMeasure()
    {
        var page = RenderPage<TargetsAdminPage>();

        Type(page, LiNa, TargetMeasure.WonAmount, "120000.5");
        Input(page, LiNa, TargetMeasure.WonAmount).KeyDown(new KeyboardEventArgs { Key = "Enter" });

        page.WaitForAssertion(() => Assert.Equal(
            new Crm.Infrastructure.Targets.TargetInput("2026-04", TargetSubject.Rep(LiNa), TargetMeasure.WonAmount,
                120_000.5m, 0),
            Assert.Single(Targets.Saved)));
    }

    [Fact]
    public void Enter_Saved_CellShowsTheFigureAsSaved()
    {
        var page = RenderPage<TargetsAdminPage>();

        Type(page, WangWei, TargetMeasure.WonCount, "12");
        Input(page, WangWei, TargetMeasure.WonCount).KeyDown(new KeyboardEventArgs { Key = "Enter" });

        page.WaitForAssertion(
            () => Assert.Equal("12", Input(page, WangWei, TargetMeasure.WonCount).GetAttribute("value")));
    }

    [Fact]
    public void TabAway_ChangedFigure_SavesIt()
    {
        var page = RenderPage<TargetsAdminPage>();

        Type(page, LiNa, TargetMeasure.ActivityCount, "80");
        Input(page, LiNa, TargetMeasure.ActivityCount).Blur();

        page.WaitForAssertion(() => Assert.Equal(80m, Assert.Single(Targets.Saved).Value));
    }

    [Fact]
    public void Escape_PutsBackTheSavedFigureAndSavesNothingOnTabAway()
    {
        Targets.Set(TargetSubject.Team(TeamId), TargetMeasure.WonCount, 30);
        var page = RenderPage<TargetsAdminPage>();

        Type(page, TeamId, TargetMeasure.WonCount, "45");
        Input(page, TeamId, TargetMeasure.WonCount).KeyDown(new KeyboardEventArgs { Key = "Escape" });
        Input(page, TeamId, TargetMeasure.WonCount).Blur();

        var shown = Input(page, TeamId, TargetMeasure.WonCount).GetAttribute("value");
        Assert.Equal(("30", 0), (shown, Targets.Saved.Count));
    }

    [Fact]
    public void Enter_ChangedElsewhere_SaysSoAndTheNextEnterSavesOverIt()
    {
        Targets.ChangedElsewhere = true;
        var page = RenderPage<TargetsAdminPage>();
        Type(page, WangWei, TargetMeasure.WonCount, "12");
        Input(page, WangWei, TargetMeasure.WonCount).KeyDown(new KeyboardEventArgs { Key = "Enter" });
        page.WaitForAssertion(() => Assert.Contains(
            "Someone changed this target meanwhile", Cell(page, WangWei, TargetMeasure.WonCount).TextContent));

        Input(page, WangWei, TargetMeasure.WonCount).KeyDown(new KeyboardEventArgs { Key = "Enter" });

        page.WaitForAssertion(() => Assert.Equal(
            (12m, 1), (Targets.Saved.Single().Value, Targets.Saved[0].ExpectedVersion)));
    }

    [Fact]
    public void Enter_ThreeDecimals_ShowsWhyUnderTheCellAndSavesNothing()
    {
        var page = RenderPage<TargetsAdminPage>();

        Type(page, LiNa, TargetMeasure.WonAmount, "10.005");
        Input(page, LiNa, TargetMeasure.WonAmount).KeyDown(new KeyboardEventArgs { Key = "Enter" });

        page.WaitForAssertion(() => Assert.Contains(
            "An amount target has at most two decimals.", Cell(page, LiNa, TargetMeasure.WonAmount).TextContent));
        Assert.Empty(Targets.Saved);
    }

    [Fact]
    public void Enter_NotANumber_AsksForOneAndSavesNothing()
    {
        var page = RenderPage<TargetsAdminPage>();

        Type(page, LiNa, TargetMeasure.ActivityCount, "forty");
        Input(page, LiNa, TargetMeasure.ActivityCount).KeyDown(new KeyboardEventArgs { Key = "Enter" });

        page.WaitForAssertion(() => Assert.Contains(
            "Enter a number", Cell(page, LiNa, TargetMeasure.ActivityCount).TextContent));
        Assert.Empty(Targets.Saved);
    }

    [Fact]
    public void CopyConfirmed_CopiesIntoThePeriodAndSaysWhatItDid()
    {
        var page = RenderPage<TargetsAdminPage>();
        page.WaitForElement("[data-testid=targets-grid]");

        page.Find("[data-testid=targets-copy]").Click();
        ConfirmMessageBox("Copy");

        Snackbars.WaitForAssertion(() => Assert.Contains(
            "3 targets copied; 1 already set and kept; 0 no longer apply", Snackbars.Markup));
        Assert.Equal(["2026-04"], Targets.Copies);
    }

    [Fact]
    public void CopyCancelled_CopiesNothing()
    {
        var page = RenderPage<TargetsAdminPage>();
        page.WaitForElement("[data-testid=targets-grid]");

        page.Find("[data-testid=targets-copy]").Click();
        ConfirmMessageBox("Cancel");

        Assert.Empty(Targets.Copies);
    }

    [Fact]
    public void Render_NoSalesTeams_ShowsTheEmptyState()
    {
        Targets.HasTeams = false;

        var page = RenderPage<TargetsAdminPage>();

        page.WaitForAssertion(
            () => Assert.Contains("No sales teams yet", page.Find("[data-testid=targets-empty]").TextContent));
    }

    private void ConfirmMessageBox(string button)
    {
        Dialogs.WaitForElement(".mud-message-box");
        Dialogs.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == button).Click();
    }

    private static void Type(IRenderedComponent<TargetsAdminPage> page, Guid rep, TargetMeasure measure, string text)
    {
        page.WaitForElement("[data-testid=targets-grid]");
        Input(page, rep, measure).Input(text);
    }

    private static IElement Cell(IRenderedComponent<TargetsAdminPage> page, Guid subject, TargetMeasure measure) =>
        page.Find($"[data-testid=target-cell][data-subject='{subject}'][data-measure={measure}]");

    private static IElement Input(IRenderedComponent<TargetsAdminPage> page, Guid subject, TargetMeasure measure) =>
        Cell(page, subject, measure).QuerySelector("input")!;
}
