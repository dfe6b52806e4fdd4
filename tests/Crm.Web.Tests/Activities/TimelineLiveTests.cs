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
        var timeline = RenderTimeline(TimeSpan.Zero);
        timeline.WaitForElement("[data-testid=timeline-empty]");
        var queries = ActivityService.Queries.Count;

        // Without a gathering window each concerning event is a query of its own: once this
        // account's activity shows, the other account's event would have made one before it.
        Bus.Publish([Logged(Guid.CreateVersion7(), Guid.CreateVersion7())]);
        var mine = FakeActivityService.Item(AccountId, "Colleague's visit", Now.UtcDateTime, ActivityKind.Visit);
        ActivityService.Items.Add(mine);
        Bus.Publish([Logged(mine.Id, AccountId)]);
        timeline.WaitForElement("[data-testid=timeline-item]", TimeSpan.FromSeconds(5));

        Assert.Equal(queries + 1, ActivityService.Queries.Count);
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

    private IRenderedComponent<AccountTimeline> RenderTimeline(TimeSpan? liveWindow = null) =>
        Render<AccountTimeline>(p => p
            .Add(t => t.AccountId, AccountId)
            .Add(t => t.CanLogActivities, true)
            .Add(t => t.LiveWindow, liveWindow ?? TimeSpan.FromMilliseconds(300)));
}
