using Bunit;
using Crm.Domain.Activities;
using Crm.Web.Activities;
using MudBlazor;

namespace Crm.Web.Tests.Activities;

public sealed class AccountTimelineTests : TimelineTestContext
{
    [Theory]
    [InlineData("log-call", "Call")]
    [InlineData("log-wechat", "WeChat")]
    [InlineData("log-note", "Note")]
    public void QuickLogButton_Clicked_OpensDialogPresetToThatKind(string button, string kind)
    {
        var dialogs = Render<MudDialogProvider>();
        var timeline = RenderTimeline();

        timeline.Find($"[data-testid={button}]").Click();

        var form = dialogs.WaitForElement("[data-testid=activity-form]");
        Assert.Equal(kind, form.GetAttribute("data-kind"));
    }

    [Fact]
    public void Save_EmptySubject_ShowsFieldErrorAndDoesNotCallService()
    {
        var dialogs = Render<MudDialogProvider>();
        RenderTimeline().Find("[data-testid=log-call]").Click();

        dialogs.WaitForElement("[data-testid=activity-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Enter a subject.", dialogs.Markup));
        Assert.Empty(ActivityService.Logged);
    }

    [Fact]
    public void KindChip_Selected_QueriesOnlyThatKind()
    {
        var timeline = RenderTimeline();
        timeline.WaitForElement("[data-testid=timeline-empty]");

        timeline.Find("[data-testid=filter-note]").Click();

        timeline.WaitForAssertion(() => Assert.Equal([ActivityKind.Note], ActivityService.Queries[^1].Kinds!));
    }

    [Fact]
    public void LoadMore_Clicked_AppendsTheNextPage()
    {
        var start = Now.UtcDateTime;
        ActivityService.Items.AddRange(Enumerable.Range(1, 25)
            .Select(i => FakeActivityService.Item(AccountId, $"Call {i}", start.AddHours(-i))));
        var timeline = RenderTimeline();
        timeline.WaitForAssertion(() => Assert.Equal(20, timeline.FindAll("[data-testid=timeline-item]").Count));

        timeline.Find("[data-testid=timeline-more]").Click();

        timeline.WaitForAssertion(() => Assert.Equal(25, timeline.FindAll("[data-testid=timeline-item]").Count));
        Assert.Empty(timeline.FindAll("[data-testid=timeline-more]"));
    }

    [Fact]
    public void Render_ActivitiesOnTwoDays_GroupsThemByDayInTheUsersZone()
    {
        // 06:30 UTC is 14:30 in Shanghai; 15:30 UTC the day before is 23:30 there, still "yesterday".
        ActivityService.Items.Add(FakeActivityService.Item(AccountId, "Today", Now.UtcDateTime.AddMinutes(-5)));
        ActivityService.Items.Add(FakeActivityService.Item(AccountId, "Late", Now.UtcDateTime.AddHours(-15)));

        var timeline = RenderTimeline();

        timeline.WaitForAssertion(() => Assert.Equal(
            ["Today", "Yesterday"], timeline.FindAll("[data-testid=timeline-day]").Select(d => d.TextContent)));
    }

    [Fact]
    public void Render_CannotLogActivities_ShowsNoQuickButtons()
    {
        var timeline = Render<AccountTimeline>(p => p.Add(t => t.AccountId, AccountId));

        Assert.Empty(timeline.FindAll("[data-testid=log-call]"));
    }

    private IRenderedComponent<AccountTimeline> RenderTimeline() =>
        Render<AccountTimeline>(p => p.Add(t => t.AccountId, AccountId).Add(t => t.CanLogActivities, true));
}
