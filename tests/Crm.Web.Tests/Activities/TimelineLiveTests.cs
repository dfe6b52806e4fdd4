using Bunit;
using Crm.Domain.Activities;
using Crm.Web.Activities;

namespace Crm.Web.Tests.Activities;

public sealed class TimelineLiveTests : TimelineTestContext
{
    private static readonly DateTime Earlier = Now.UtcDateTime.AddHours(-2);

    [Fact]
    public void ActivityLoggedElsewhere_OnThisAccount_AppearsWithoutReload()
    {
        ActivityService.Items.Add(FakeActivityService.Item(AccountId, "First call", Earlier));
        var timeline = RenderTimeline();
        timeline.WaitForElement("[data-testid=timeline-item]");

        var other = FakeActivityService.Item(AccountId, "Colleague's visit", Now.UtcDateTime, ActivityKind.Visit);
        ActivityService.Items.Insert(0, other);
        Bus.Publish([Logged(other.Id, AccountId)]);

        timeline.WaitForAssertion(
            () => Assert.Equal(2, timeline.FindAll("[data-testid=timeline-item]").Count), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void ActivityLogged_OnAnotherAccount_DoesNotQueryAgain()
    {
        var timeline = RenderTimeline();
        timeline.WaitForElement("[data-testid=timeline-empty]");
        var queries = ActivityService.Queries.Count;

        Bus.Publish([Logged(Guid.CreateVersion7(), Guid.CreateVersion7())]);
        Thread.Sleep(600);

        Assert.Equal(queries, ActivityService.Queries.Count);
    }

    [Fact]
    public void BurstOfEvents_RefreshesOnce()
    {
        var timeline = RenderTimeline();
        timeline.WaitForElement("[data-testid=timeline-empty]");
        var queries = ActivityService.Queries.Count;

        Bus.Publish([.. Enumerable.Range(0, 10).Select(_ => Logged(Guid.CreateVersion7(), AccountId))]);

        timeline.WaitForAssertion(
            () => Assert.Equal(queries + 1, ActivityService.Queries.Count), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Dispose_Timeline_Unsubscribes()
    {
        var timeline = RenderTimeline();
        timeline.WaitForElement("[data-testid=timeline-empty]");

        await DisposeComponentsAsync();

        Assert.Equal(0, Bus.SubscriberCount);
    }

    private static ActivityLogged Logged(Guid id, Guid accountId) =>
        new(id, 1, Now.UtcDateTime, accountId, ActivityKind.Call, Now.UtcDateTime);

    private IRenderedComponent<AccountTimeline> RenderTimeline() =>
        Render<AccountTimeline>(p => p.Add(t => t.AccountId, AccountId).Add(t => t.CanLogActivities, true));
}
