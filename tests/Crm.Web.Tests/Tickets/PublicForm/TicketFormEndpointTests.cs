using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Domain.Tickets;

namespace Crm.Web.Tests.Tickets.PublicForm;

public sealed class TicketFormEndpointTests(TicketFormApp app) : IClassFixture<TicketFormApp>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ValidJson_OpensAWebFormTicketAndAnswersItsNumber()
    {
        var email = Unique();

        using var response = await app.PostAsync(TicketFormApp.Json(new
        {
            name = "王建", email, company = "上海精工", subject = "无法登录", description = "输入密码后一直转圈。",
            category = "problem",
        }));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        var stored = Assert.Single(await app.TicketsFromAsync(email));
        Assert.Equal((HttpStatusCode.Created, stored.Number), (response.StatusCode, body.GetProperty("number").GetInt32()));
        Assert.Equal((TicketChannel.WebForm, TicketCategory.Problem), (stored.Channel, stored.Category));
    }

    [Fact]
    public async Task Post_FormEncoded_OpensATicket()
    {
        var email = Unique();

        using var response = await app.PostAsync(new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["subject"] = "Invoice", ["description"] = "The VAT number is wrong.",
        }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(await app.TicketsFromAsync(email));
    }

    [Fact]
    public async Task Post_BadFields_Answers400WithFieldErrorsAndStoresNothing()
    {
        var email = "not-an-email";

        using var response = await app.PostAsync(TicketFormApp.Json(new
        {
            email, subject = "", description = "x", category = "urgent",
        }));

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["category", "email", "subject"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Empty(await app.TicketsFromAsync(email));
    }

    [Fact]
    public async Task Post_DisallowedAttachment_Answers400AndStoresNothing()
    {
        var email = Unique();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(email), "email" },
            { new StringContent("安装包"), "subject" },
            { new StringContent("见附件"), "description" },
            { new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00]), "attachments", "setup.exe" },
        };

        using var response = await app.PostAsync(content);

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("attachments", out _));
        Assert.Empty(await app.TicketsFromAsync(email));
    }

    [Fact]
    public async Task Post_HoneypotFilled_Answers202AndStoresNothing()
    {
        var email = Unique();

        using var response = await app.PostAsync(TicketFormApp.Json(new
        {
            email, subject = "Cheap watches", description = "Buy now", website = "http://spam.example",
        }));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await app.TicketsFromAsync(email));
    }

    private static string Unique() => $"kehu.{Guid.NewGuid():N}@customer.test";
}
