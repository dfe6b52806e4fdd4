using Bunit;
using Crm.Web.Notifications;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Notifications;

public sealed class NotificationsPageTests : CrmTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public void Render_NoNotifications_ShowsTheEmptyState()
    {
        var page = RenderPage("/notifications");

        page.WaitForElement("[data-testid=notifications-empty]");

        Assert.Contains("No notifications yet", page.Markup);
    }

    [Fact]
    public void Render_UnreadFilterWithNothingUnread_OffersToShowAll()
    {
        Notifications.Items.Add(FakeNotificationService.LeadAssigned("星海科技", Now) with { ReadAt = Now });

        var page = RenderPage("/notifications?unread=true");

        page.WaitForElement("[data-testid=notifications-show-all]");
        Assert.Contains("You're all caught up", page.Markup);
    }

    [Fact]
    public void Render_MoreThanAPage_ShowsTheFirstTwentyAndAPager()
    {
        Notifications.AddUnread(NotificationsPage.PageSize + 5);

        var page = RenderPage("/notifications");

        page.WaitForElement("[data-testid=notifications-pager]");
        Assert.Equal(NotificationsPage.PageSize, page.FindAll("[data-testid=notification-item]").Count);
    }

    [Fact]
    public void ToggleRead_ReadNotification_MarksItUnread()
    {
        var item = FakeNotificationService.LeadAssigned("星海科技", Now) with { ReadAt = Now };
        Notifications.Items.Add(item);
        var page = RenderPage("/notifications");

        page.WaitForElement("[data-testid=notification-toggle-read]").Click();

        Assert.Equal([item.Id], Notifications.MarkedUnread);
        page.WaitForAssertion(
            () => Assert.Equal("false", page.Find("[data-testid=notification-item]").GetAttribute("data-read")), Wait);
    }

    [Fact]
    public void MarkAllRead_Unread_CallsTheService()
    {
        Notifications.AddUnread(2);
        var page = RenderPage("/notifications");
        page.WaitForElement("[data-testid=notification-item]");

        page.Find("[data-testid=notifications-mark-all]").Click();

        Assert.Equal(1, Notifications.MarkAllReadCalls);
    }

    private IRenderedComponent<NotificationsPage> RenderPage(string uri)
    {
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

        return Render<NotificationsPage>();
    }
}
