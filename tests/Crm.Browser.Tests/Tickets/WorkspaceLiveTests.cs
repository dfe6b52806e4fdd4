using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Tickets;

public sealed partial class WorkspaceLiveTests(BrowserFixture browser, CrmAppFixture app)
{
    // Two frontline agents whom no other browser test signs in as or changes (the deactivation
    // test locks out 罗霞).
    private const string AgentA = "gao.peng@demo.crm";
    private const string AgentB = "emily.chen@demo.crm";

    // Live changes reach the other browser through the server; a loaded machine may take a while.
    private const float Patience = 30_000;

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

        await Expect(inQueueB).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Expect(pageA.GetByTestId("workspace-mine").Locator($"[data-number='{number}']"))
            .ToBeVisibleAsync(new() { Timeout = Patience });
    }

    // Both agents open the same ticket: each sees the other viewing it, and when Emily Chen starts
    // writing a reply 罗霞 is warned that she is replying.
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
        await Expect(pageA.GetByTestId("ticket-collision-viewing"))
            .ToContainTextAsync("Emily Chen", new() { Timeout = Patience });
        await Expect(pageB.GetByTestId("ticket-collision-viewing")).ToBeVisibleAsync(new() { Timeout = Patience });

        await pageB.Locator("textarea[data-testid=composer-body]").FillAsync("Hello, we are looking into it");

        await Expect(pageA.GetByTestId("ticket-collision-replying"))
            .ToContainTextAsync("Emily Chen", new() { Timeout = Patience });
    }

    // A customer without an account posts the support form in a third, anonymous browser: the
    // ticket appears on both agents' team board without a reload, its first-response clock shows
    // the working time its priority's policy allows (less what has passed, within a minute) and,
    // while the calendar is in working hours, counts down in the browser.
    [Fact]
    public async Task PublicForm_NewTicket_AppearsLiveOnTheTeamBoardWithItsSlaCountdown()
    {
        var subject = $"发票抬头有误 {Guid.NewGuid():N}"[..18];
        await using var contextA = await browser.NewContextAsync(app.BaseUrl);
        await using var contextB = await browser.NewContextAsync(app.BaseUrl);
        await using var customer = await browser.NewContextAsync(app.BaseUrl);
        var pageA = await contextA.NewPageAsync();
        var pageB = await contextB.NewPageAsync();
        await pageA.SignInAsync(AgentA);
        await pageB.SignInAsync(AgentB);
        await pageA.GoToAsync("/service?view=board");
        await pageB.GoToAsync("/service?view=board");

        var number = await PostSupportFormAsync(await customer.NewPageAsync(), subject);

        var tileB = BoardTicket(pageB, number);
        await Expect(tileB).ToBeVisibleAsync(new() { Timeout = Patience });
        var countdown = BoardTicket(pageA, number).GetByTestId("sla-countdown-FirstResponse")
            .Locator("[data-sla-value]");
        await Expect(countdown).ToHaveTextAsync(Clock(), new() { Timeout = Patience });
        var clock = await app.FirstResponseClockAsync(number);
        var shown = await countdown.InnerTextAsync();
        var expected = clock.RemainingAt(DateTime.UtcNow);
        Assert.InRange(Remaining(shown), expected - TimeSpan.FromMinutes(1), expected + TimeSpan.FromMinutes(1));
        if (clock.TicksAround(DateTime.UtcNow))
        {
            await Expect(countdown).Not.ToHaveTextAsync(shown, new() { Timeout = Patience });
        }
    }

    // The first-response clock of a customer's new ticket counts down on the ticket page; the
    // agent's reply stops it, and the page then says it was met instead of the value it had reached.
    [Fact]
    public async Task Reply_NewPublicFormTicket_FirstResponseClockSaysMet()
    {
        await using var customer = await browser.NewContextAsync(app.BaseUrl);
        var subject = $"无法登录 {Guid.NewGuid():N}"[..16];
        var number = await PostSupportFormAsync(await customer.NewPageAsync(), subject);
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(AgentA);
        await page.GoToAsync($"/tickets/{number}");
        var clock = page.GetByTestId("ticket-sla").GetByTestId("sla-countdown-FirstResponse")
            .Locator("[data-sla-value]");
        await Expect(clock).ToHaveTextAsync(Clock(), new() { Timeout = Patience });

        await page.Locator("textarea[data-testid=composer-body]")
            .FillAsync("您好，我们来看一下登录的问题。");
        await page.GetByTestId("composer-send").ClickAsync();

        await Expect(clock).ToHaveTextAsync("已达成", new() { Timeout = Patience });
    }

    private static async Task<int> PostSupportFormAsync(Microsoft.Playwright.IPage page, string subject)
    {
        await page.GotoAsync("/support/new");
        await page.GetByTestId("support-name").FillAsync("陈思");
        await page.GetByTestId("support-email").FillAsync($"chen.si.{Guid.NewGuid():N}@customer.test");
        await page.GetByTestId("support-subject").FillAsync(subject);
        await page.GetByTestId("support-description")
            .FillAsync("三月的发票抬头写成了旧公司名，请重开。");
        await page.GetByTestId("support-submit").ClickAsync();
        var sent = page.GetByTestId("support-sent");
        await Expect(sent).ToContainTextAsync("#");

        var label = TicketNumber().Match(await sent.InnerTextAsync());

        return int.Parse(label.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static TimeSpan Remaining(string shown)
    {
        var match = Clock().Match(shown);
        var (hours, minutes, seconds) = (Part(1), Part(2), Part(3));

        return new TimeSpan(hours, minutes, seconds);

        int Part(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
    }

    private static Microsoft.Playwright.ILocator BoardTicket(Microsoft.Playwright.IPage page, int number) =>
        page.GetByTestId("workspace-board").Locator($"[data-testid=workspace-ticket][data-number='{number}']");

    [GeneratedRegex(@"(\d+):(\d{2}):(\d{2})")]
    private static partial Regex Clock();

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex TicketNumber();

    private static Microsoft.Playwright.ILocator QueueTicket(Microsoft.Playwright.IPage page, int number) =>
        page.GetByTestId("workspace-queue").Locator($"[data-testid=workspace-ticket][data-number='{number}']");
}
