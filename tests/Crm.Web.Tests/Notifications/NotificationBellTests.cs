using Bunit;
using Crm.Domain.Notifications;
using Crm.Web.Notifications;
using Crm.Web.Tests.Common;
using MudBlazor;

namespace Crm.Web.Tests.Notifications;

public sealed class NotificationBellTests : CrmTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private Guid Me => CurrentUser.Actor.UserId;

    [Fact]
    public void Render_ThreeUnread_BadgeShowsThree()
    {
        Notifications.AddUnread(3);

        var bell = RenderBell();

        bell.WaitForAssertion(() => Assert.Equal("3", BadgeText(bell)), Wait);
    }

    [Fact]
    public void Render_NothingUnread_ShowsNoBadge()
    {
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal(1, Notifications.CountQueries), Wait);

        Assert.Empty(bell.FindAll("[data-testid=notification-badge] .mud-badge"));
    }

    [Fact]
    public void Render_MoreThan99Unread_Shows99Plus()
    {
        Notifications.AddUnread(120);

        var bell = RenderBell();

        bell.WaitForAssertion(() => Assert.Equal("99+", BadgeText(bell)), Wait);
    }

    [Fact]
    public void NotificationCreated_ForTheSignedInUser_UpdatesTheCountWithoutReload()
    {
        Notifications.AddUnread(1);
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("1", BadgeText(bell)), Wait);

        Notifications.AddUnread(1);
        Bus.Publish([Created(Me)]);

        bell.WaitForAssertion(() => Assert.Equal("2", BadgeText(bell)), Wait);
    }

    [Fact]
    public void NotificationCreated_ForAnotherUser_DoesNotRefresh()
    {
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal(1, Notifications.CountQueries), Wait);

        // With no gathering window a refresh would start as each event arrives, so the other
        // user's event cannot hide inside the one for me: exactly one refresh means it was ignored.
        Notifications.AddUnread(1);
        Bus.Publish([Created(Guid.CreateVersion7()), Created(Me)]);

        bell.WaitForAssertion(() => Assert.Equal("1", BadgeText(bell)), Wait);
        Assert.Equal(2, Notifications.CountQueries);
    }

    [Fact]
    public void MarkAllRead_InThePanel_CallsTheServiceAndHidesTheBadge()
    {
        Notifications.AddUnread(2);
        var popovers = Render<MudPopoverProvider>();
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("2", BadgeText(bell)), Wait);

        bell.Find("[data-testid=notification-bell]").Click();
        popovers.WaitForElement("[data-testid=notification-mark-all]").Click();

        Assert.Equal(1, Notifications.MarkAllReadCalls);
        bell.WaitForAssertion(
            () => Assert.Empty(bell.FindAll("[data-testid=notification-badge] .mud-badge")), Wait);
    }

    [Fact]
    public void OpenItem_Unread_MarksItReadAndLinksToTheRecord()
    {
        var item = FakeNotificationService.LeadAssigned("星海科技", Now.AddMinutes(-3));
        Notifications.Items.Add(item);
        var popovers = Render<MudPopoverProvider>();
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("1", BadgeText(bell)), Wait);
        bell.Find("[data-testid=notification-bell]").Click();

        var link = popovers.WaitForElement("[data-testid=notification-open]");
        var href = link.GetAttribute("href");
        link.Click();

        Assert.Equal($"/leads/{item.Target!.Id}", href);
        Assert.Equal([item.Id], Notifications.MarkedRead);
    }

    [Fact]
    public void OpenPanel_Notification_ReadsInTheReadersLanguageWithHowLongAgo()
    {
        Notifications.Items.Add(FakeNotificationService.LeadAssigned("星海科技", Now.AddMinutes(-3)));
        var popovers = Render<MudPopoverProvider>();
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("1", BadgeText(bell)), Wait);

        bell.Find("[data-testid=notification-bell]").Click();

        var item = popovers.WaitForElement("[data-testid=notification-item]");
        Assert.Equal("陈丽 assigned you the lead 星海科技", TextOf(item, "notification-text"));
        Assert.Equal("3 minutes ago", TextOf(item, "notification-time"));
    }

    [Fact]
    public async Task Dispose_Bell_Unsubscribes()
    {
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal(1, Bus.SubscriberCount), Wait);

        await DisposeComponentsAsync();

        Assert.Equal(0, Bus.SubscriberCount);
    }

    private static NotificationCreated Created(Guid recipientId) =>
        new(Guid.CreateVersion7(), 1, Now, recipientId, NotificationKind.LeadAssigned);

    private static string TextOf(AngleSharp.Dom.IElement element, string testId) =>
        element.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static string BadgeText(IRenderedComponent<NotificationBell> bell) =>
        bell.Find("[data-testid=notification-badge] .mud-badge").TextContent.Trim();

    private IRenderedComponent<NotificationBell> RenderBell() =>
        Render<NotificationBell>(p => p.Add(b => b.RefreshWindow, TimeSpan.Zero));
}
