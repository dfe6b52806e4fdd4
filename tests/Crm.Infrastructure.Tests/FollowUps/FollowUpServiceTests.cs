using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.FollowUps;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.FollowUps;

public sealed class FollowUpServiceTests : TimelineServiceTests
{
    private IFollowUpService FollowUps => Host.Get<IFollowUpService>();

    [Fact]
    public async Task CreateAsync_NoAssignee_AssignsTheCaller()
    {
        var input = new FollowUpInput("Send quote", Host.Now.AddDays(1), AccountId: World.EastAccount);

        var task = await FollowUps.CreateAsync(input, TestContext.Current.CancellationToken);

        Assert.Equal(World.EastRep.UserId, task.AssigneeId);
        Assert.Equal("华东制造", task.AccountName);
    }

    [Fact]
    public async Task CreateAsync_EmptySubject_ThrowsSubjectRequired()
    {
        var input = new FollowUpInput(" ", Host.Now.AddDays(1));

        var error = await Assert.ThrowsAsync<DomainException>(
            () => FollowUps.CreateAsync(input, TestContext.Current.CancellationToken));

        Assert.Equal("Subject.required", error.Code);
    }

    [Fact]
    public async Task CreateAsync_AssigneeOutsideScope_ThrowsAssigneeInvalid()
    {
        var input = new FollowUpInput("Call back", Host.Now.AddDays(1), World.WestRep.UserId, World.EastAccount);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => FollowUps.CreateAsync(input, TestContext.Current.CancellationToken));

        Assert.Equal("Assignee", error.Field);
    }

    [Fact]
    public async Task CreateAsync_OnInvisibleAccount_ThrowsNotFound()
    {
        var input = new FollowUpInput("Call back", Host.Now.AddDays(1), AccountId: World.WestAccount);

        var act = () => FollowUps.CreateAsync(input, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<NotFoundException>(act);
    }

    [Fact]
    public async Task MyOpenAsync_SeveralTasks_OverdueFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await FollowUps.CreateAsync(new FollowUpInput("Next week", Host.Now.AddDays(7)), ct);
        await FollowUps.CreateAsync(new FollowUpInput("Overdue", Host.Now.AddDays(-2)), ct);
        await FollowUps.CreateAsync(new FollowUpInput("Tomorrow", Host.Now.AddDays(1)), ct);

        var open = await FollowUps.MyOpenAsync(ct);

        Assert.Equal(["Overdue", "Tomorrow", "Next week"], open.Select(t => t.Subject));
    }

    [Fact]
    public async Task CompleteAsync_OpenTask_LeavesTheOpenList()
    {
        var ct = TestContext.Current.CancellationToken;
        var task = await FollowUps.CreateAsync(new FollowUpInput("Send quote", Host.Now), ct);

        var done = await FollowUps.CompleteAsync(task.Id, ct);

        Assert.True(done.IsDone);
        Assert.Empty(await FollowUps.MyOpenAsync(ct));
    }

    [Fact]
    public async Task ReopenAsync_DoneTask_ComesBackToTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var task = await FollowUps.CreateAsync(new FollowUpInput("Visit", Host.Now, AccountId: World.EastAccount), ct);
        await FollowUps.CompleteAsync(task.Id, ct);

        await FollowUps.ReopenAsync(task.Id, ct);

        Assert.Single((await FollowUps.OpenForAccountAsync(World.EastAccount, ct)).Open);
    }

    [Fact]
    public async Task RescheduleAsync_StaleVersion_ThrowsConcurrencyConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        var task = await FollowUps.CreateAsync(new FollowUpInput("Visit", Host.Now), ct);
        await FollowUps.RescheduleAsync(task.Id, task.Version, Host.Now.AddDays(1), ct);

        var act = () => FollowUps.RescheduleAsync(task.Id, task.Version, Host.Now.AddDays(2), ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(act);
    }

    [Fact]
    public async Task OpenForAccountAsync_AsMarketer_ListsButCannotChange()
    {
        var ct = TestContext.Current.CancellationToken;
        await FollowUps.CreateAsync(new FollowUpInput("Visit", Host.Now, AccountId: World.EastAccount), ct);
        Host.CurrentUser.SignIn(World.Marketer);

        var open = await FollowUps.OpenForAccountAsync(World.EastAccount, ct);

        Assert.False(Assert.Single(open.Open).CanChange);
    }

    [Fact]
    public async Task AssigneesAsync_AsRep_ListsOnlyTheirTeam()
    {
        var assignees = await FollowUps.AssigneesAsync(TestContext.Current.CancellationToken);

        Assert.Equal([World.EastRep.UserId], assignees.Select(a => a.Id));
    }
}
