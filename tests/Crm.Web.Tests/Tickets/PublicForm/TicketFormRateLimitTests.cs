using System.Net;
using System.Net.Http.Headers;

namespace Crm.Web.Tests.Tickets.PublicForm;

/// <summary>Two posts per window per client address: the third is refused and stores nothing.</summary>
public sealed class TicketFormRateLimitTests(RateLimitedTicketFormApp limited) : IClassFixture<RateLimitedTicketFormApp>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_PastTheLimit_Answers429AndStoresNothing()
    {
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await PostApiAsync(Unique());
            Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        }

        var email = Unique();
        using var refused = await PostApiAsync(email);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(Token));
        Assert.Empty(await limited.App.TicketsFromAsync(email));
    }

    [Fact]
    public async Task PagePost_PastTheLimit_Answers429WithTheMessageAndStoresNothing()
    {
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await limited.App.PostPageAsync(Unique(), "发票抬头有误");
            Assert.Contains("data-testid=\"support-sent\"", await allowed.Content.ReadAsStringAsync(Token));
        }

        var email = Unique();
        using var refused = await limited.App.PostPageAsync(email, "发票抬头有误");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(Token));
        Assert.Empty(await limited.App.TicketsFromAsync(email));
    }

    private async Task<HttpResponseMessage> PostApiAsync(string email)
    {
        using var client = limited.App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));

        return await client.PostAsync("/api/public/tickets", TicketFormApp.Json(new
        {
            name = "陈思", email, subject = "发票抬头有误", description = "请重开三月的发票。",
        }), Token);
    }

    private static string Unique() => $"{Guid.NewGuid():N}@customer.test";
}
