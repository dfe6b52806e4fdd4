using System.Net;
using Crm.Web.Tests.Host;

namespace Crm.Web.Tests.Charts;

/// <summary>The scripts the charts and downloads import are served by the running app.</summary>
public sealed class ChartAssetsTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("/_content/Plotly.Blazor/plotly-interop-7.2.0.js")]
    [InlineData("/_content/Plotly.Blazor/plotly-3.7.0.min.js")]
    [InlineData("/Charts/ChartFrame.razor.js")]
    [InlineData("/js/download.js")]
    public async Task Get_ChartScript_IsServed(string path)
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(path, Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
