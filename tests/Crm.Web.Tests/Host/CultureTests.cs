using System.Net;

namespace Crm.Web.Tests.Host;

public sealed class CultureTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetCulture_Chinese_SetsCultureCookieAndReturnsToThePage()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/culture/zh-CN?returnUrl=/sign-in", Token);

        Assert.Equal("/sign-in", response.Headers.Location?.OriginalString);
        Assert.Contains(
            response.Headers.GetValues("Set-Cookie"),
            cookie => cookie.StartsWith(".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetSignIn_AfterSwitchingToChinese_RendersChinese()
    {
        using var client = app.CreateAnonymousClient(followRedirects: true);

        using var response = await client.GetAsync("/culture/zh-CN?returnUrl=/sign-in", Token);

        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.Contains("<html lang=\"zh-CN\"", html);
        Assert.Contains("<h1 class=\"crm-signin-title\">登录</h1>", html);
    }

    [Fact]
    public async Task GetSignIn_WithoutCultureCookie_RendersEnglish()
    {
        using var client = app.CreateAnonymousClient();

        var html = await client.GetStringAsync("/sign-in", Token);

        Assert.Contains("<html lang=\"en-US\"", html);
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("de-DE,en-GB;q=0.7", "en-US")]
    [InlineData("fr-FR", "en-US")]
    public async Task GetSignIn_BrowserLanguage_PicksTheClosestSupportedLanguage(string header, string expected)
    {
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Accept-Language", header);

        var html = await client.GetStringAsync("/sign-in", Token);

        Assert.Contains($"<html lang=\"{expected}\"", html);
    }

    [Fact]
    public async Task GetCulture_UnsupportedLanguage_ReturnsBadRequest()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/culture/xx", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
