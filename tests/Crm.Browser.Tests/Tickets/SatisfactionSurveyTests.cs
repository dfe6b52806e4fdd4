using Crm.Browser.Tests.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Tickets;

public sealed class SatisfactionSurveyTests(BrowserFixture browser, CrmAppFixture app)
{
    // A customer opens the survey link of a resolved ticket, gives four stars with a comment and is
    // thanked; the same link opened again says it was used.
    [Fact]
    public async Task Submit_FourStarsWithComment_ThanksAndTheLinkIsUsedAfterwards()
    {
        var (token, number) = await ResolvedTicketWithSurveyAsync();
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/csat/{token}");
        await Expect(page.GetByTestId("csat-ticket")).ToContainTextAsync(TicketNumbers.Format(number));

        await page.Locator("label:has([data-testid=csat-rating-4])").ClickAsync();
        await page.GetByTestId("csat-comment").FillAsync("问题解决了，就是第一次回复慢了点。");
        await page.GetByTestId("csat-submit").ClickAsync();
        await Expect(page.GetByTestId("csat-thanks")).ToBeVisibleAsync();

        await page.GotoAsync($"/csat/{token}");
        await Expect(page.GetByTestId("csat-used")).ToBeVisibleAsync();
    }

    // A link that was never issued gets the polite "not valid" page.
    [Fact]
    public async Task Open_UnknownLink_SaysItIsNotValid()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/csat/{LinkTokens.New()}");

        await Expect(page.GetByTestId("csat-notvalid")).ToBeVisibleAsync();
    }

    // A resolved ticket of its own with an open survey whose token the test knows.
    private async Task<(string Token, int Number)> ResolvedTicketWithSurveyAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();
        var queue = await db.TicketQueues.OrderBy(q => q.Name).FirstAsync();
        var agent = await db.CrmUsers.Where(u => u.TeamId == queue.TeamId).Select(u => u.Id).FirstAsync();
        // Far above the demo's and the counter's numbers, so the test never takes one the app will.
        var number = 8_000_000 + Random.Shared.Next(999_999);
        var at = DateTime.UtcNow.AddHours(-2);

        var ticket = Ticket.Create(Guid.CreateVersion7(), number, new TicketDraft(
            $"打印机无法连接 {number}", "办公室的打印机离线了", TicketChannel.Email,
            TicketCategory.Problem, TicketPriority.Medium, queue.Id, queue.TeamId) { RequesterEmail = "chen.si@customer.test" }, agent, at);
        ticket.ArriveAssigned(agent, agent, at);
        ticket.Open(agent, at.AddMinutes(10));
        ticket.Resolve(agent, at.AddHours(1));
        var token = LinkTokens.New();
        var survey = new SatisfactionSurvey(ticket.Id, at.AddHours(1), at.AddDays(14));
        survey.Issue(LinkTokens.Hash(token), at.AddHours(1));
        db.AddRange(ticket, survey);
        await db.SaveChangesAsync();

        return (token, number);
    }
}
