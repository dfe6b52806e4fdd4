using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Activities;

public sealed class TimelinePagingTests : TimelineServiceTests
{
    private IActivityService Activities => Host.Get<IActivityService>();

    [Fact]
    public async Task TimelineAsync_FollowingCursors_ReturnsEveryActivityOnceNewestFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        var sameMoment = Host.Now.AddHours(-1);
        DateTime[] times = [Host.Now.AddHours(-5), sameMoment, sameMoment, sameMoment, Host.Now];
        foreach (var (at, i) in times.Select((t, i) => (t, i)))
        {
            await Activities.LogAsync(World.EastAccount, null, ActivityServiceTests.Entry($"A{i}", at), ct);
        }

        var seen = await ReadAllAsync(new TimelineQuery(World.EastAccount, PageSize: 2), ct);

        Assert.Equal(5, seen.Select(i => i.Id).Distinct().Count());
        Assert.Equal(seen.Select(i => i.OccurredAt).OrderDescending(), seen.Select(i => i.OccurredAt));
    }

    [Fact]
    public async Task TimelineAsync_AcrossAccounts_ShowsOnlyVisibleAccounts()
    {
        var ct = TestContext.Current.CancellationToken;
        Host.CurrentUser.SignIn(World.SupportAgent);
        await Activities.LogAsync(World.WestAccount, null, ActivityServiceTests.Entry("West", Host.Now), ct);
        await Activities.LogAsync(World.EastAccount, null, ActivityServiceTests.Entry("East", Host.Now), ct);
        Host.CurrentUser.SignIn(World.EastRep);

        var page = await Activities.TimelineAsync(new TimelineQuery(), ct);

        Assert.Equal(["East"], page.Items.Select(i => i.Subject));
    }

    [Fact]
    public async Task TimelineAsync_InvisibleAccount_ThrowsNotFound()
    {
        var act = () => Activities.TimelineAsync(
            new TimelineQuery(World.WestAccount), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<NotFoundException>(act);
    }

    private async Task<List<ActivityItem>> ReadAllAsync(TimelineQuery query, CancellationToken ct)
    {
        var all = new List<ActivityItem>();
        TimelineCursor? next = null;
        do
        {
            var page = await Activities.TimelineAsync(query with { After = next }, ct);
            all.AddRange(page.Items);
            next = page.Next;
        }
        while (next is not null && all.Count < 50);

        return all;
    }
}
