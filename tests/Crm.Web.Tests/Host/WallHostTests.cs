using System.Net;

namespace Crm.Web.Tests.Host;

/// <summary>What the host lets a kiosk without a sign-in do, and what it still refuses.</summary>
public sealed class WallHostTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Negotiate_Anonymous_OpensACircuitConnection()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pages_Anonymous_StillRedirectToSignIn()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/displays", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task Wall_UnknownToken_AnswersTheTurnedOffMessageWithoutMudBlazor()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/wall/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Token);

        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.Contains("data-testid=\"wall-gone\"", html);
        Assert.Contains("wall/wall.js", html);
        Assert.DoesNotContain("<script src=\"_content/MudBlazor", html);
    }
}
