using Bunit;
using Crm.Domain.Common;
using Crm.Web.Activities;
using MudBlazor;

namespace Crm.Web.Tests.Activities;

/// <summary>The account timeline pointed at one record of the account (an opportunity's page).</summary>
public sealed class RelatedTimelineTests : TimelineTestContext
{
    private readonly RecordLink _opportunity = new(RecordKind.Opportunity, Guid.CreateVersion7());

    [Fact]
    public void Render_Related_AsksOnlyForTheActivitiesAboutIt()
    {
        var timeline = RenderTimeline();

        timeline.WaitForAssertion(() => Assert.Equal(_opportunity, ActivityService.Queries[^1].Related));
    }

    [Fact]
    public void QuickLog_Related_LogsTheActivityAboutIt()
    {
        var dialogs = Render<MudDialogProvider>();
        RenderTimeline().Find("[data-testid=log-call]").Click();
        dialogs.WaitForElement("[data-testid=activity-subject]").Input("报价电话");

        dialogs.Find("[data-testid=activity-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal([_opportunity], ActivityService.LoggedAbout));
    }

    private IRenderedComponent<AccountTimeline> RenderTimeline() =>
        Render<AccountTimeline>(p => p
            .Add(t => t.AccountId, AccountId)
            .Add(t => t.Related, _opportunity)
            .Add(t => t.CanLogActivities, true));
}
