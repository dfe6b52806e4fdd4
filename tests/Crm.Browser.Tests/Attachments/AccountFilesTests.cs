using Crm.Browser.Tests.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Attachments;

public sealed class AccountFilesTests(BrowserFixture browser, CrmAppFixture app)
{
    // A rep no other browser test signs in as, in the Chinese UI the demo gives him.
    private const string Rep = "zheng.hao@demo.crm";

    [Fact]
    public async Task AddFiles_FiveMegabytePngAndADisguisedExecutable_KeepsThePngAndExplainsTheRefusal()
    {
        var account = await app.FirstAccountOwnedByAsync(Rep);
        var screenshot = $"screen-{Guid.NewGuid():N}"[..15] + ".png";
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Rep);
        await page.GoToAsync($"/accounts/{account.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "文件" }).ClickAsync();

        await page.GetByTestId("attachment-input").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = screenshot, MimeType = "image/png", Buffer = Png(5 * 1024 * 1024) },
            new FilePayload { Name = "invoice.png", MimeType = "image/png", Buffer = [0x4D, 0x5A, 0x90, 0, 3, 0] },
        });

        await Expect(page.GetByTestId("attachment-link").Filter(new() { HasText = screenshot })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("attachment-refused")).ToHaveTextAsync(
            "无法添加 invoice.png：文件内容与文件类型不符。");
    }

    private static byte[] Png(int length)
    {
        var bytes = new byte[length];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);

        return bytes;
    }
}
