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

    private IRenderedComponent<AccountTimeline> RenderTimeline() =>
        Render<AccountTimeline>(p => p.Add(t => t.AccountId, AccountId).Add(t => t.CanLogActivities, true));
}
