using System.Net;

namespace Crm.Web.Tests.Host;

public sealed class HostTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetHealth_DatabaseReachable_ReturnsHealthy()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/health", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task GetHome_Anonymous_RedirectsToSignIn()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task GetSignIn_Anonymous_RendersTheForm()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync("/sign-in", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"signin-email\"", await response.Content.ReadAsStringAsync(Token));
    }
}
