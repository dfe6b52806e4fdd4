using Crm.Browser.Tests.Common;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Notifications;

public sealed class NotificationBellTests(BrowserFixture browser, CrmAppFixture app)
{
    private const string Rep = "wang.lei@demo.crm";
    private const string Manager = "chen.li@demo.crm";

    [Fact]
    public async Task LeadAssignedByManager_RepWithOpenPage_BadgeCountsUpWithoutReload()
    {
        var (rep, manager) = (await UserIdAsync(Rep), await UserIdAsync(Manager));
        await NotifyAsync(NotificationDraft.LeadAssigned(rep, Guid.CreateVersion7(), "苏州恒润材料", manager));
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Rep);
        var badge = page.GetByTestId("notification-badge").Locator(".mud-badge");
        await Expect(badge).ToHaveTextAsync("1");

        await NotifyAsync(NotificationDraft.LeadAssigned(rep, Guid.CreateVersion7(), "星海智能科技", manager));

        await Expect(badge).ToHaveTextAsync("2");
        await page.GetByTestId("notification-bell").ClickAsync();
        await Expect(page.GetByTestId("notification-item").First)
            .ToContainTextAsync("陈立 将线索 星海智能科技 分配给了你");
    }

    // Through the app's own publisher, as a lead assignment will: the event reaches the rep's
    // circuit over the live bus, never through a reload.
    private async Task NotifyAsync(NotificationDraft draft)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<INotificationPublisher>().NotifyAsync(draft);
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();

        return await db.CrmUsers.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
