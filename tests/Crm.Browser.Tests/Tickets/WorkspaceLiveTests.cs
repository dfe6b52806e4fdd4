using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Tickets;

public sealed class WorkspaceLiveTests(BrowserFixture browser, CrmAppFixture app)
{
    // Two frontline agents whom no other browser test signs in as or changes.
    private const string AgentA = "gao.peng@demo.crm";
    private const string AgentB = "emily.chen@demo.crm";

    // 高鹏 takes a waiting ticket from the team queue; Emily Chen's queue, open at the same time
    // in another browser, drops it without a reload.
    [Fact]
    public async Task Take_FromTheTeamQueue_LeavesTheColleaguesQueueLive()
    {
        var number = await app.WaitingTicketForTeamOfAsync(AgentA);
        await using var contextA = await browser.NewContextAsync(app.BaseUrl);
        await using var contextB = await browser.NewContextAsync(app.BaseUrl);
        var pageA = await contextA.NewPageAsync();
        var pageB = await contextB.NewPageAsync();
        await pageA.SignInAsync(AgentA);
        await pageB.SignInAsync(AgentB);
        await pageA.GoToAsync("/service");
        await pageB.GoToAsync("/service");
        var inQueueA = QueueTicket(pageA, number);
        var inQueueB = QueueTicket(pageB, number);
        await Expect(inQueueA).ToBeVisibleAsync();
        await Expect(inQueueB).ToBeVisibleAsync();

        await inQueueA.GetByTestId("workspace-take").ClickAsync();

        await Expect(inQueueB).ToHaveCountAsync(0);
        await Expect(pageA.GetByTestId("workspace-mine").Locator($"[data-number='{number}']")).ToBeVisibleAsync();
    }

    // Both agents open the same ticket: each sees the other viewing it, and when Emily Chen starts
    // writing a reply 高鹏 is warned that she is replying.
    [Fact]
    public async Task SameTicket_BothOpen_CollisionWarningWhileOneReplies()
    {
        var number = await app.WaitingTicketForTeamOfAsync(AgentA);
        await using var contextA = await browser.NewContextAsync(app.BaseUrl);
        await using var contextB = await browser.NewContextAsync(app.BaseUrl);
        var pageA = await contextA.NewPageAsync();
        var pageB = await contextB.NewPageAsync();
        await pageA.SignInAsync(AgentA);
        await pageB.SignInAsync(AgentB);
        await pageA.GoToAsync($"/tickets/{number}");
        await pageB.GoToAsync($"/tickets/{number}");
        await Expect(pageA.GetByTestId("ticket-collision-viewing")).ToContainTextAsync("Emily Chen");
        await Expect(pageB.GetByTestId("ticket-collision-viewing")).ToBeVisibleAsync();

        await pageB.Locator("textarea[data-testid=composer-body]").FillAsync("Hello, we are looking into it");

        await Expect(pageA.GetByTestId("ticket-collision-replying")).ToContainTextAsync("Emily Chen");
    }

    private static Microsoft.Playwright.ILocator QueueTicket(Microsoft.Playwright.IPage page, int number) =>
        page.GetByTestId("workspace-queue").Locator($"[data-testid=workspace-ticket][data-number='{number}']");
}
