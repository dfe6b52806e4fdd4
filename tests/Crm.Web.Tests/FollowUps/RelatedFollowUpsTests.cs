using Bunit;
using Crm.Domain.Common;
using Crm.Web.FollowUps;
using Crm.Web.Tests.Activities;

namespace Crm.Web.Tests.FollowUps;

/// <summary>The account's follow-ups pointed at one record of the account (an opportunity's page).</summary>
public sealed class RelatedFollowUpsTests : TimelineTestContext
{
    private readonly RecordLink _opportunity = new(RecordKind.Opportunity, Guid.CreateVersion7());

    [Fact]
    public void Render_Related_ListsOnlyTheTasksAboutIt()
    {
        var about = FakeFollowUpService.Item("发送报价", Now.UtcDateTime.AddHours(2), AccountId);
        FollowUpService.Tasks.Add(about);
        FollowUpService.RelatedTo[about.Id] = _opportunity;
        FollowUpService.Tasks.Add(FakeFollowUpService.Item("续约提醒", Now.UtcDateTime.AddHours(3), AccountId));

        var cut = RenderFollowUps();

        Assert.Contains("发送报价", Assert.Single(cut.FindAll("[data-testid=followup-item]")).TextContent);
    }

    [Fact]
    public void Add_Related_CreatesTheTaskAboutIt()
    {
        var cut = RenderFollowUps();
        cut.Find("[data-testid=followup-subject]").Input("发送报价");

        cut.Find("[data-testid=followup-add]").Click();

        cut.WaitForAssertion(() => Assert.Equal(_opportunity, Assert.Single(FollowUpService.Created).Related));
    }

    private IRenderedComponent<AccountFollowUps> RenderFollowUps() =>
        Render<AccountFollowUps>(p => p.Add(f => f.AccountId, AccountId).Add(f => f.Related, _opportunity));
}
