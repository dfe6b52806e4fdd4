using Bunit;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline.Presence;

namespace Crm.Web.Tests.Pipeline.Opportunities;

public sealed class OpportunityPageTests : OpportunityTestContext
{
    [Fact]
    public void Render_Opportunity_ShowsNameAccountAndFigures()
    {
        var view = Given(OpportunitySamples.View("MES 二期", 120_000m));

        var page = RenderPage(view.Id);

        Assert.Equal("MES 二期", page.Find("[data-testid=opportunity-title]").TextContent.Trim());
        Assert.Contains("华东制造", page.Find("[data-testid=opportunity-account]").TextContent);
        Assert.Contains("¥48,000.00", page.Find("[data-testid=fact-weighted]").TextContent);
    }

    [Fact]
    public void Render_ForeignCurrency_ShowsTheAmountInTheBaseCurrencyToo()
    {
        var sample = OpportunitySamples.View();
        var view = Given(sample with { Amount = Money.Of(10_000m, "USD"), AmountInBase = Money.Of(72_000m, "CNY") });

        var page = RenderPage(view.Id);

        Assert.Contains("US$10,000.00", page.Find("[data-testid=fact-amount]").TextContent);
        Assert.Equal("≈ ¥72,000.00", page.Find("[data-testid=fact-amount-base]").TextContent.Trim());
    }

    [Fact]
    public void Render_OpenPastItsExpectedClose_SaysHowManyDaysOverdue()
    {
        var sample = OpportunitySamples.View();
        var closeDay = DateOnly.FromDateTime(Now.AddHours(8)).AddDays(-12);
        var view = Given(sample with { Details = sample.Details with { ExpectedCloseDate = closeDay } });

        var page = RenderPage(view.Id);

        Assert.Equal("overdue by 12 days", page.Find("[data-testid=fact-close-overdue]").TextContent.Trim());
    }

    [Fact]
    public void Render_ExpectedCloseAhead_IsNotFlagged()
    {
        var page = RenderPage(Given(OpportunitySamples.View()).Id);

        Assert.Empty(page.FindAll("[data-testid=fact-close-overdue]"));
    }

    [Fact]
    public void Render_Opportunity_ShowsProbabilityAsTheStageDefault()
    {
        var view = Given(OpportunitySamples.View());

        var page = RenderPage(view.Id);

        Assert.Equal("stage default", page.Find("[data-testid=fact-probability-source]").TextContent.Trim());
    }

    [Fact]
    public void Render_Details_ShowNextStepAndCompetitors()
    {
        var view = Given(OpportunitySamples.View());

        var page = RenderPage(view.Id);

        Assert.Equal("周五前发报价", page.Find("[data-testid=details-next-step]").TextContent.Trim());
        Assert.Contains("金蝶", page.Find("[data-testid=details-competitors]").TextContent);
    }

    [Fact]
    public void Render_LineItems_ShowsEachTotalAndThatTheAmountFollowsThem()
    {
        var lines = new[]
        {
            OpportunitySamples.Line("MES 软件许可", 3, 33.33m, 10), OpportunitySamples.Line("培训", 1, 800m),
        };
        var view = Given(OpportunitySamples.View(lines: lines));

        var page = RenderPage(view.Id);

        var totals = page.FindAll("[data-testid=line-total]").Select(t => t.TextContent.Trim());
        Assert.Equal(["¥89.99", "¥800.00"], totals);
        Assert.Equal("LineItems", page.Find("[data-testid=amount-mode]").GetAttribute("data-mode"));
    }

    [Fact]
    public void Render_NoLineItems_SaysHowToAddThem()
    {
        var view = Given(OpportunitySamples.View());

        var page = RenderPage(view.Id);

        Assert.NotNull(page.Find("[data-testid=lines-empty]"));
    }

    [Fact]
    public void Render_StageHistory_ListsNewestFirstWithTimeSpentInWords()
    {
        var view = Given(OpportunitySamples.View());

        var page = RenderPage(view.Id);

        var entries = page.FindAll("[data-testid=history-entry]");
        Assert.Contains("陈丽", entries[0].TextContent);
        Assert.Equal("after 3 days in 初步接洽", page.Find("[data-testid=history-spent]").TextContent.Trim());
    }

    [Fact]
    public void Render_StageHistory_ShowsWhenInTheUsersTimeZone()
    {
        var view = Given(OpportunitySamples.View());

        var page = RenderPage(view.Id);

        // 08:00 UTC is 16:00 in Shanghai.
        Assert.Contains("Feb 23, 2026 16:00", page.FindAll("[data-testid=history-entry]")[0].TextContent);
    }

    [Fact]
    public void Render_Stepper_MarksTheCurrentStageAndThosePassed()
    {
        var view = Given(OpportunitySamples.View());

        var page = RenderPage(view.Id);

        var states = page.FindAll("[data-testid=stage-step]").Select(s => s.GetAttribute("data-state"));
        Assert.Equal(["done", "current", "ahead", "ahead", "ahead"], states);
    }

    [Fact]
    public void Render_UnknownId_ShowsNotFound()
    {
        Render<MudBlazor.MudDialogProvider>();

        var page = Render<Web.Pipeline.Opportunities.OpportunityPage>(p => p.Add(x => x.Id, Guid.CreateVersion7()));

        page.WaitForElement("[data-testid=not-found]");
    }

    [Fact]
    public void StageClick_OpenStage_MovesOnTheLoadedVersion()
    {
        var view = Given(OpportunitySamples.View(version: 3));
        var page = RenderPage(view.Id);

        page.FindAll("[data-testid=stage-step]")[2].Click();

        var move = Assert.Single(Opportunities.Moves);
        Assert.Equal((3, OpportunitySamples.Pipeline.Stages[2].Id), (move.Version, move.StageId));
    }

    [Fact]
    public void StageClick_Won_AsksWhyBeforeMoving()
    {
        var view = Given(OpportunitySamples.View());
        var page = RenderPage(view.Id);

        page.FindAll("[data-testid=stage-step]")[3].Click();

        Dialogs.WaitForElement("[data-testid=close-dialog]");
        Assert.Empty(Opportunities.Moves);
    }

    [Fact]
    public void StageClick_WonWithReason_MovesWithReasonAndToday()
    {
        var view = Given(OpportunitySamples.View());
        var page = RenderPage(view.Id);
        page.FindAll("[data-testid=stage-step]")[3].Click();

        Dialogs.WaitForElement("textarea[data-testid=close-reason]").Input("价格和交付周期更优");
        Dialogs.Find("[data-testid=close-confirm]").Click();

        page.WaitForAssertion(() => Assert.Single(Opportunities.Moves));
        var close = Opportunities.Moves[0].Close;
        Assert.Equal(new CloseInfo("价格和交付周期更优", new DateOnly(2026, 3, 2)), close);
    }

    [Fact]
    public void LiveEvent_NewerVersion_RereadsAndShowsTheChange()
    {
        var view = Given(OpportunitySamples.View("MES 二期", version: 3));
        var page = RenderPage(view.Id);
        Given(view with { Version = 4, Details = view.Details with { Name = "MES 二期（扩容）" } });

        Bus.Publish([Changed(view, 4)]);

        page.WaitForAssertion(() =>
            Assert.Equal("MES 二期（扩容）", page.Find("[data-testid=opportunity-title]").TextContent.Trim()));
    }

    [Fact]
    public void LiveEvent_VersionAlreadyShown_DoesNotReread()
    {
        var view = Given(OpportunitySamples.View(version: 3));
        RenderPage(view.Id);
        var reads = Opportunities.Reads;

        Bus.Publish([Changed(view, 3)]);

        Assert.Equal(reads, Opportunities.Reads);
    }

    [Fact]
    public void Presence_AnotherViewer_ShowsTheirAvatar()
    {
        var view = Given(OpportunitySamples.View());
        var page = RenderPage(view.Id);

        using var chen = Presence.Join(Record(view), Chen, () => { });

        page.WaitForAssertion(() =>
            Assert.Equal("陈丽", page.Find("[data-testid=presence-viewer]").GetAttribute("data-name")));
    }

    [Fact]
    public void Presence_AnotherViewerEditing_ShowsThePencil()
    {
        var view = Given(OpportunitySamples.View());
        var page = RenderPage(view.Id);
        using var chen = Presence.Join(Record(view), Chen, () => { });

        chen.StartEditing();

        page.WaitForElement("[data-testid=presence-editing]");
    }

    [Fact]
    public void Presence_OnlyMe_ShowsNoViewers()
    {
        var view = Given(OpportunitySamples.View());

        var page = RenderPage(view.Id);

        Assert.Empty(page.FindAll("[data-testid=presence]"));
    }

    [Fact]
    public void Edit_DialogOpen_OthersSeeMeEditing()
    {
        var view = Given(OpportunitySamples.View());
        var page = RenderPage(view.Id);
        using var chen = Presence.Join(Record(view), Chen, () => { });

        page.Find("[data-testid=opportunity-edit]").Click();

        Dialogs.WaitForElement("[data-testid=opportunity-form]");
        Assert.True(Assert.Single(chen.Others()).IsEditing);
    }

    [Fact]
    public void Dispose_Page_LeavesThePresenceList()
    {
        var view = Given(OpportunitySamples.View());
        var page = RenderPage(view.Id);

        page.Instance.Dispose();

        Assert.Empty(Presence.PresentOn(Record(view)));
    }

    private static PresenceViewer Chen => new(OpportunitySamples.Colleague, "陈丽");

    private static RecordLink Record(Infrastructure.Pipeline.OpportunityView view) =>
        new(RecordKind.Opportunity, view.Id);

    private static OpportunityChanged Changed(Infrastructure.Pipeline.OpportunityView view, int version) =>
        new(view.Id, version, Now, view.PipelineId, view.StageId, view.OwnerId, view.AccountId, 0, "CNY");
}
