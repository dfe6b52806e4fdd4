using Bunit;
using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Crm.Web.Attachments;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Attachments;

public sealed class AccountAttachmentsTests : CrmTestContext
{
    private static readonly Guid AccountId = Guid.Parse("0195a000-0000-7000-8000-0000000000a1");

    public AccountAttachmentsTests() => Services.AddSingleton<IAttachmentService>(Attachments);

    private FakeAttachmentService Attachments { get; } = new();

    [Fact]
    public void Render_FileOfTheAccount_ShowsItsNameSizeAndDownloadLink()
    {
        var item = FakeAttachmentService.Item(AccountId, "截图.png");
        Attachments.Items.Add(item);

        var cut = Render<AccountAttachments>(p => p.Add(c => c.AccountId, AccountId));

        cut.WaitForAssertion(() => Assert.Equal(
            $"/attachments/{item.Id}", cut.Find("[data-testid=attachment-link]").GetAttribute("href")));
        Assert.Contains("5 MB", cut.Find("[data-testid=attachment-item]").TextContent);
    }

    [Fact]
    public void LiveEvent_FileAddedByAColleague_AppearsWithoutReload()
    {
        var cut = Render<AccountAttachments>(p => p.Add(c => c.AccountId, AccountId));
        cut.WaitForAssertion(() => cut.Find("[data-testid=attachments-empty]"));
        var item = FakeAttachmentService.Item(AccountId, "合同.pdf");
        Attachments.Items.Add(item);

        Bus.Publish([new AttachmentAdded(item.Id, 1, Now, RecordKind.Account, AccountId, null, "合同.pdf", 10)]);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=attachment-item]")));
    }

    [Fact]
    public void Render_ReadOnlyAccess_ShowsNoPicker()
    {
        Attachments.CanAdd = false;

        var cut = Render<AccountAttachments>(p => p.Add(c => c.AccountId, AccountId));

        cut.WaitForAssertion(() => cut.Find("[data-testid=attachments-read-only]"));
        Assert.Empty(cut.FindAll("[data-testid=attachment-picker]"));
    }
}
