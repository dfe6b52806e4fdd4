using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Domain.Leads;

namespace Crm.Web.Tests.Host;

public sealed class WebToLeadTests(WebToLeadApp app) : IClassFixture<WebToLeadApp>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ValidJson_Answers201WithTheIdOfTheStoredLead()
    {
        var email = Unique();

        using var response = await app.PostAsync(WebToLeadApp.Json(new
        {
            name = "王建国", company = "上海华辰科技有限公司", phone = "+86 138 0013 8000", email,
            industry = "manufacturing", message = "想了解报价",
        }));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        var stored = Assert.Single(await app.LeadsWithEmailAsync(email));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(stored.Id, body.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Post_ValidJson_AnswersWithTheIdOnly()
    {
        using var response = await app.PostAsync(WebToLeadApp.Json(new { name = "王建国", email = Unique() }));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(["id"], body.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Post_FormEncoded_StoresAWebFormLeadInTheSalesQueue()
    {
        var email = Unique();

        using var response = await app.PostAsync(WebToLeadApp.Form(
            ("name", "Tom Lee"), ("company", "Acme Co., Ltd."), ("email", email), ("companySize", "From51To200")));

        var stored = Assert.Single(await app.LeadsWithEmailAsync(email));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((LeadSource.WebForm, app.SalesTeamId, null, CompanySize.From51To200),
            (stored.Source, stored.QueueTeamId, stored.OwnerId, stored.CompanySize));
    }

    [Fact]
    public async Task Post_ValidForm_IsWrittenByNobody()
    {
        var email = Unique();

        using var response = await app.PostAsync(WebToLeadApp.Form(("name", "Tom Lee"), ("email", email)));

        var stored = Assert.Single(await app.LeadsWithEmailAsync(email));
        Assert.Null(await app.CreatorOfAsync(stored.Id));
    }

    [Fact]
    public async Task Post_BadFields_Answers400WithErrorsUnderThePostedNames()
    {
        using var response = await app.PostAsync(WebToLeadApp.Json(new { email = "wang@", industry = "cars" }));

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["email", "industry", "name"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Post_BadFields_StoresNothing()
    {
        var email = Unique();

        using var response = await app.PostAsync(WebToLeadApp.Form(("email", email), ("phone", "n/a")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.LeadsWithEmailAsync(email));
    }

    [Fact]
    public async Task Post_HoneypotFilled_AnswersAcceptedAndStoresNothing()
    {
        var email = Unique();

        using var response = await app.PostAsync(WebToLeadApp.Form(
            ("name", "Cheap Pills"), ("email", email), ("website", "http://spam.example")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await app.LeadsWithEmailAsync(email));
    }

    [Fact]
    public async Task Post_FromAllowedOrigin_AnswersWithTheCorsHeader()
    {
        using var response = await app.PostAsync(WebToLeadApp.Json(new { name = "王建国", email = Unique() }));

        Assert.Equal(WebToLeadApp.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Post_FromAnotherOrigin_AnswersWithoutTheCorsHeader()
    {
        using var response = await app.PostAsync(
            WebToLeadApp.Json(new { name = "王建国", email = Unique() }), "https://elsewhere.example");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_FromAllowedOrigin_AllowsJsonPosts()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/public/leads");
        request.Headers.Add("Origin", WebToLeadApp.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(WebToLeadApp.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Post_PlainText_Answers415()
    {
        using var response = await app.PostAsync(new StringContent("name=王建国"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static string Unique() => $"{Guid.NewGuid():N}@visitor.example";
}

public sealed class WebToLeadRateLimitTests(RateLimitedWebToLeadApp limited) : IClassFixture<RateLimitedWebToLeadApp>
{
    [Fact]
    public async Task Post_PastTheLimit_Answers429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await limited.App.PostAsync(
                WebToLeadApp.Form(("name", "王建国"), ("email", $"{Guid.NewGuid():N}@visitor.example")));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }
}
