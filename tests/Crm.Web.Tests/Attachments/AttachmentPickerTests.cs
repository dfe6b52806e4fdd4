using Bunit;
using Crm.Infrastructure.Attachments;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Attachments;

public sealed class AttachmentPickerTests : CrmTestContext
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    public AttachmentPickerTests() => Services.AddSingleton<IAttachmentService>(Attachments);

    private FakeAttachmentService Attachments { get; } = new();

    [Fact]
    public void Upload_DisallowedType_ShowsTheReasonAndSendsNothing()
    {
        var cut = Render<ReplyWithAttachments>();

        Upload(cut, InputFileContent.CreateFromBinary([0x4D, 0x5A], "setup.exe"));

        cut.WaitForAssertion(() => Assert.Equal(
            "setup.exe cannot be attached: this kind of file is not accepted.",
            cut.Find("[data-testid=attachment-refused]").TextContent.Trim()));
        Assert.Empty(Attachments.StagedNames);
    }

    [Fact]
    public void Upload_RefusedByTheServer_KeepsTheTextTypedAroundIt()
    {
        Attachments.Refuse["cat.png"] = "Attachment.content-mismatch";
        var cut = Render<ReplyWithAttachments>();
        cut.Find("[data-testid=reply-text]").Input("您好，日志见附件。");

        Upload(cut, InputFileContent.CreateFromBinary(Png, "cat.png"));

        cut.WaitForAssertion(() => Assert.Single(cut.Instance.Refusals));
        Assert.Equal("您好，日志见附件。", cut.Find("[data-testid=reply-text]").GetAttribute("value"));
        Assert.Equal("您好，日志见附件。", cut.Instance.Reply);
    }

    [Fact]
    public void Upload_AllowedFile_IsStagedForTheParent()
    {
        var cut = Render<ReplyWithAttachments>();

        Upload(cut, InputFileContent.CreateFromBinary(Png, "screen.png"));

        cut.WaitForAssertion(() => Assert.Equal("screen.png", Assert.Single(cut.Instance.Staged).FileName));
        Assert.Single(cut.FindAll("[data-testid=attachment-ready]"));
    }

    [Fact]
    public void Upload_TooLarge_IsRefusedBeforeUploading()
    {
        Attachments.Limits = Attachments.Limits with { MaxFileBytes = 1024 * 1024 };
        var cut = Render<ReplyWithAttachments>();

        Upload(cut, InputFileContent.CreateFromBinary(new byte[1024 * 1024 + 1], "dump.log"));

        cut.WaitForAssertion(() => Assert.Equal(
            "dump.log is larger than 1 MB.", cut.Find("[data-testid=attachment-refused]").TextContent.Trim()));
        Assert.Empty(Attachments.StagedNames);
    }

    [Fact]
    public void Remove_StagedFile_DiscardsItAndEmptiesTheParentsList()
    {
        var cut = Render<ReplyWithAttachments>();
        Upload(cut, InputFileContent.CreateFromBinary(Png, "screen.png"));
        cut.WaitForAssertion(() => Assert.Single(cut.Instance.Staged));

        cut.Find("[data-testid=attachment-remove]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.Instance.Staged));
        Assert.Single(Attachments.Discarded);
    }

    [Fact]
    public void Upload_MoreFilesThanAMessageTakes_RefusesTheExtraOnes()
    {
        Attachments.Limits = Attachments.Limits with { MaxFilesPerMessage = 2 };
        var cut = Render<ReplyWithAttachments>();

        Upload(cut, [.. Enumerable.Range(1, 3).Select(i => InputFileContent.CreateFromText("x", $"{i}.txt"))]);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.Instance.Staged.Count));
        Assert.Equal("3.txt", Assert.Single(cut.Instance.Refusals).FileName);
    }

    private static void Upload(IRenderedComponent<ReplyWithAttachments> cut, params InputFileContent[] files) =>
        cut.FindComponent<InputFile>().UploadFiles(files);
}
