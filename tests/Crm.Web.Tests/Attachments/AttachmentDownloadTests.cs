using System.Net;
using System.Text;
using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Crm.Web.Tests.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Attachments;

/// <summary>GET /attachments/{id} on the real host, as signed-in browsers call it.</summary>
public sealed class AttachmentDownloadTests(LiveWorld world) : IClassFixture<LiveWorld>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_PdfOfOwnAccount_DownloadsUnderItsChineseName()
    {
        var id = await AttachAsync("报价单.pdf", Pdf);

        using var response = await GetAsync(world.EastRep, id);

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal(("attachment", "报价单.pdf"), (disposition.DispositionType, disposition.FileNameStar));
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task Get_Pdf_IsServedAsPdfWithoutSniffing()
    {
        var id = await AttachAsync("报价单.pdf", Pdf);

        using var response = await GetAsync(world.EastRep, id);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Get_Image_OpensInline()
    {
        var id = await AttachAsync("截图.png", Png);

        using var response = await GetAsync(world.EastRep, id);

        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Get_FileOfAnAccountSomeoneElseSees_IsNotFound()
    {
        var id = await AttachAsync("报价单.pdf", Pdf);

        using var response = await GetAsync(world.SouthRep, id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_IsNotFound()
    {
        using var response = await GetAsync(world.EastRep, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_NotSignedIn_RedirectsToSignIn()
    {
        var id = await AttachAsync("报价单.pdf", Pdf);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = world.BaseUrl,
        };

        using var response = await client.GetAsync($"/attachments/{id}", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.AbsolutePath);
    }

    private Task<Guid> AttachAsync(string name, byte[] content) => world.AsAsync(world.EastRep, async services =>
    {
        var attachments = services.GetRequiredService<IAttachmentService>();
        var staged = await attachments.StageAsync(name, new MemoryStream(content), Token);
        var owner = new RecordLink(RecordKind.Account, world.EastAccount);

        return (await attachments.AttachAsync(owner, null, [staged], Token))[0].Id;
    });

    private async Task<HttpResponseMessage> GetAsync(Person person, Guid id)
    {
        using var client = new HttpClient(
            new HttpClientHandler { CookieContainer = person.Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = world.BaseUrl,
        };

        return await client.GetAsync($"/attachments/{id}", Token);
    }
}
