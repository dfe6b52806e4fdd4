using System.Net;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets.Satisfaction;
using Crm.Web.Tests.Host;
using Microsoft.AspNetCore.Hosting;

namespace Crm.Web.Tests.Tickets.Satisfaction;

/// <summary>The public survey page on the real host: no sign-in, and limited per client address.</summary>
public sealed class SurveyPageHostTests : IAsyncLifetime
{
    private readonly CrmWebFactory _root = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app = default!;

    public ValueTask InitializeAsync()
    {
        _app = _root.WithWebHostBuilder(host => host
            .UseSetting("Tickets:Satisfaction:Page:PermitLimit", "2")
            .UseSetting("Tickets:Satisfaction:Page:WindowSeconds", "3600"));

        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Get_WithoutSignIn_ShowsThePage()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/csat/{LinkTokens.New()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_PastTheLimit_Answers429()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.GetAsync($"/csat/{LinkTokens.New()}",
                TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _root.DisposeAsync();
    }
}
