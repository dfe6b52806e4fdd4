using Bunit;
using Crm.Web.FollowUps;
using Crm.Web.Tests.Activities;

namespace Crm.Web.Tests.FollowUps;

public sealed class FollowUpsPageTests : TimelineTestContext
{
    [Fact]
    public void Render_OverdueAndLaterTasks_GroupsThemOverdueFirst()
    {
        FollowUpService.Tasks.Add(FakeFollowUpService.Item("Later", Now.UtcDateTime.AddDays(30)));
        FollowUpService.Tasks.Add(FakeFollowUpService.Item("Late", Now.UtcDateTime.AddDays(-1)));

        var cut = Render<FollowUpsPage>();

        var groups = cut.FindAll("[data-testid^=tasks-]").Select(g => g.GetAttribute("data-testid"));
        Assert.Equal(["tasks-overdue", "tasks-later"], groups);
    }

    [Fact]
    public void DoneBox_UntickedOnADoneTask_ReopensIt()
    {
        var task = FakeFollowUpService.Item("Sent", Now.UtcDateTime.AddDays(-1))
            with { IsDone = true, CompletedAt = Now.UtcDateTime };
        FollowUpService.Tasks.Add(task);
        var cut = Render<FollowUpsPage>();

        cut.Find("[data-testid=tasks-done] [data-testid=followup-done]").Change(false);

        cut.WaitForAssertion(() => Assert.False(FollowUpService.Tasks.Single().IsDone));
    }

    [Fact]
    public void MyFollowUpsCard_OverdueTask_CountsIt()
    {
        FollowUpService.Tasks.Add(FakeFollowUpService.Item("Late", Now.UtcDateTime.AddDays(-1)));
        FollowUpService.Tasks.Add(FakeFollowUpService.Item("Soon", Now.UtcDateTime.AddHours(1)));

        var cut = Render<MyFollowUpsCard>();

        Assert.Equal("2 open, 1 overdue", cut.Find("[data-testid=my-followups-summary]").TextContent.Trim());
    }
}
