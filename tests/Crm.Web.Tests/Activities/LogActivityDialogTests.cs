using Bunit;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Web.Activities;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Crm.Web.Tests.Activities;

public sealed class LogActivityDialogTests : TimelineTestContext
{
    [Fact]
    public void EnterInSubject_ValidEntry_ShowsTheNewItemOnTheTimelineAtOnce()
    {
        var (dialogs, timeline) = OpenDialog("log-call");
        var subject = dialogs.Find("[data-testid=activity-subject]");
        subject.Input("Discussed the renewal");

        dialogs.Find("[data-testid=activity-subject]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        timeline.WaitForAssertion(() => Assert.Contains(
            "Discussed the renewal", timeline.Find("[data-testid=timeline-item]").TextContent));
        Assert.Equal(ActivityKind.Call, Assert.Single(ActivityService.Logged).Entry.Kind);
    }

    [Fact]
    public void CtrlEnterInBody_ValidEntry_Saves()
    {
        var (dialogs, _) = OpenDialog("log-email");
        dialogs.Find("[data-testid=activity-subject]").Input("Sent the price list");
        dialogs.Find("[data-testid=activity-body]").Input("Attached the 2026 list.");

        dialogs.Find("[data-testid=activity-body]").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        dialogs.WaitForAssertion(() => Assert.Single(ActivityService.Logged));
    }

    [Fact]
    public void PlainEnterInBody_DoesNotSave()
    {
        var (dialogs, _) = OpenDialog("log-note");
        dialogs.Find("[data-testid=activity-subject]").Input("Internal note");

        dialogs.Find("[data-testid=activity-body]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Empty(ActivityService.Logged);
    }

    [Fact]
    public void Save_ServerRejectsFutureTime_ShowsTranslatedErrorNextToTheTime()
    {
        ActivityService.FailNextLog = new DomainException("OccurredAt.future", "future", "OccurredAt");
        var (dialogs, _) = OpenDialog("log-meeting");
        dialogs.Find("[data-testid=activity-subject]").Input("Quarterly review");

        dialogs.Find("[data-testid=activity-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("The time cannot be in the future.", dialogs.Markup));
        Assert.NotEmpty(dialogs.FindAll("[data-testid=activity-form]"));
    }

    private (IRenderedComponent<MudDialogProvider>, IRenderedComponent<AccountTimeline>) OpenDialog(string button)
    {
        var dialogs = Render<MudDialogProvider>();
        var timeline = Render<AccountTimeline>(
            p => p.Add(t => t.AccountId, AccountId).Add(t => t.CanLogActivities, true));
        timeline.Find($"[data-testid={button}]").Click();
        dialogs.WaitForElement("[data-testid=activity-subject]");

        return (dialogs, timeline);
    }
}
