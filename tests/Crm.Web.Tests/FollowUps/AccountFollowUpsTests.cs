using Bunit;
using Crm.Web.FollowUps;
using Crm.Web.Tests.Activities;

namespace Crm.Web.Tests.FollowUps;

public sealed class AccountFollowUpsTests : TimelineTestContext
{
    [Fact]
    public void Add_EmptySubject_ShowsFieldErrorAndDoesNotCallService()
    {
        var cut = RenderFollowUps();

        cut.Find("[data-testid=followup-add]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Enter what needs doing.", cut.Markup));
        Assert.Empty(FollowUpService.Created);
    }

    [Fact]
    public void Add_Subject_CreatesTaskOnTheAccountDueTomorrowMorning()
    {
        var cut = RenderFollowUps();
        cut.Find("[data-testid=followup-subject]").Input("Send the revised quote");

        cut.Find("[data-testid=followup-add]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=followup-item]")));
        // 09:00 in Shanghai the next day is 01:00 UTC.
        var created = Assert.Single(FollowUpService.Created);
        Assert.Equal((AccountId, new DateTime(2026, 3, 3, 1, 0, 0)), (created.AccountId, created.DueAt));
    }

    [Fact]
    public void DoneBox_Ticked_CompletesTheTaskAndKeepsItStruckThrough()
    {
        var task = FakeFollowUpService.Item("Call back", Now.UtcDateTime.AddHours(2), AccountId);
        FollowUpService.Tasks.Add(task);
        var cut = RenderFollowUps();

        cut.Find("[data-testid=followup-done]").Change(true);

        cut.WaitForAssertion(
            () => Assert.Equal("true", cut.Find("[data-testid=followup-item]").GetAttribute("data-done")));
        Assert.Equal([task.Id], FollowUpService.Completed);
    }

    [Fact]
    public void Render_OverdueTask_SaysOverdue()
    {
        FollowUpService.Tasks.Add(FakeFollowUpService.Item("Call back", Now.UtcDateTime.AddDays(-2), AccountId));

        var cut = RenderFollowUps();

        Assert.Equal("overdue, due 2 d ago", cut.Find("[data-testid=followup-due-text] span").TextContent);
    }

    [Fact]
    public void Render_NotAllowedToAdd_HidesTheForm()
    {
        FollowUpService.CanAdd = false;

        var cut = RenderFollowUps();

        Assert.Empty(cut.FindAll("[data-testid=followup-form]"));
    }

    private IRenderedComponent<AccountFollowUps> RenderFollowUps() =>
        Render<AccountFollowUps>(p => p.Add(f => f.AccountId, AccountId));
}
