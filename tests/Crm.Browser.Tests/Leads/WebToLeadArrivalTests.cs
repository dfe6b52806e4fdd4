using System.Net;
using System.Text.Json;
using Crm.Browser.Tests.Common;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Leads;

/// <summary>
/// The public web form as a plain HTML form on another site posts it (without script the visitor
/// sees the JSON answer), and the rep the rules give the lead to, signed in in a browser of her
/// own, seeing it arrive.
/// </summary>
public sealed class WebToLeadArrivalTests(BrowserFixture browser, CrmAppFixture app)
{
    // 孙悦 covers 华北: the seeded rule 其余线索按地区 gives North China leads to her.
    private const string NorthRep = "sun.yue@demo.crm";

    [Fact]
    public async Task Submit_BadFields_AnswersWithAnErrorPerFieldAndStoresNothing()
    {
        var email = $"{Guid.NewGuid():N}@";

        var (status, body) = await SubmitAsync(("name", "王建国"), ("email", email), ("industry", "Mining"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["email", "industry"], body.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.False(await app.HasLeadWithEmailAsync(email));
    }

    [Fact]
    public async Task Submit_GoodLead_GoesToTheTerritoryRepAndAppearsOnHerOpenListAndBellLive()
    {
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(NorthRep);
        await page.GoToAsync("/leads");
        var name = $"刘{Guid.NewGuid():N}"[..8];

        var (status, _) = await SubmitAsync(
            ("name", name), ("company", $"天津{name}物流有限公司"), ("email", $"{Guid.NewGuid():N}@example.cn"),
            ("region", "华北"));

        Assert.Equal(HttpStatusCode.Created, status);
        var row = page.GetByTestId("lead-link").Filter(new() { HasText = name });
        await Expect(row).ToBeVisibleAsync();
        await page.GetByTestId("notification-bell").ClickAsync();
        var notice = page.GetByTestId("notification-item").First;
        await Expect(notice).ToContainTextAsync($"线索 {name} 已分配给你");
        await notice.GetByTestId("notification-open").First.ClickAsync();
        await Expect(page.GetByTestId("lead-assignment-note"))
            .ToContainTextAsync("按规则「其余线索按地区」分配：孙悦 负责 华北 地区");
    }

    // A visitor of another site, in a browser context of their own: no sign-in, no script.
    private async Task<(HttpStatusCode Status, JsonElement Body)> SubmitAsync(
        params (string Name, string Value)[] fields)
    {
        await using var visitor = await browser.NewContextAsync(app.BaseUrl);
        var page = await visitor.NewPageAsync();
        var inputs = string.Concat(fields.Select(f =>
            $"<input name=\"{f.Name}\" value=\"{WebUtility.HtmlEncode(f.Value)}\">"));
        await page.SetContentAsync(
            $"<meta charset=\"utf-8\"><form method=\"post\" action=\"{new Uri(app.BaseUrl, "/api/public/leads")}\">"
            + $"{inputs}<button type=\"submit\">Send</button></form>");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("button"), r => r.Url.EndsWith("/api/public/leads", StringComparison.Ordinal));

        return ((HttpStatusCode)response.Status, JsonDocument.Parse(await response.TextAsync()).RootElement.Clone());
    }
}
