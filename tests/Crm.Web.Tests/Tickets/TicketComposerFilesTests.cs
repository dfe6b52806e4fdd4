using System.Globalization;
using Bunit;
using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Tickets;
using Crm.Web.Tests.Attachments;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Web.Tests.Tickets;

/// <summary>Files on ticket replies: picked in the composer, sent with the reply, shown with their message.</summary>
public sealed class TicketComposerFilesTests : CrmTestContext
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private readonly FakeTicketService _tickets = new();
    private readonly FakeAttachmentService _attachments = new();

    public TicketComposerFilesTests()
    {
        Services.AddSingleton<ITicketService>(_tickets);
        Services.AddSingleton<IAttachmentService>(_attachments);
        Services.AddSingleton<Crm.Infrastructure.Tickets.Workspace.IAgentWorkspace>(new Workspace.FakeAgentWorkspace());
        Services.AddSingleton<Crm.Infrastructure.Tickets.Sla.ITicketSlaCountdowns>(new Sla.FakeTicketSlaCountdowns());
        Services.AddSingleton<IPresenceRegistry>(
            new PresenceRegistry(TimeProvider.System, NullLogger<PresenceRegistry>.Instance));
        _tickets.Choices = TicketSamples.Choices();
    }

    [Fact]
    public void Upload_OversizedFile_IsRefusedWithAMessageAndTheTypedReplyKept()
    {
        _attachments.Limits = _attachments.Limits with { MaxFileBytes = 1024 * 1024 };
        var page = RenderPage();
        page.Find("textarea[data-testid=composer-body]").Input("日志见附件");

        page.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(new byte[1024 * 1024 + 1], "dump.log"));

        page.WaitForAssertion(() => Assert.Contains("dump.log", page.Find("[data-testid=composer-refusal]").TextContent));
        Assert.Equal("日志见附件", page.Find("textarea[data-testid=composer-body]").GetAttribute("value"));
    }

    [Fact]
    public void SendClicked_ReplyWithAStagedFile_SendsTheFileWithTheReply()
    {
        var page = RenderPage();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png, "screen.png"));
        page.WaitForAssertion(() => Assert.Single(_attachments.StagedNames));
        page.Find("textarea[data-testid=composer-body]").Input("截图如下");

        page.Find("[data-testid=composer-send]").Click();

        page.WaitForAssertion(() => Assert.Equal("screen.png", Assert.Single(_tickets.Files).FileName));
    }

    [Fact]
    public void Render_MessageWithAFile_ShowsTheFileUnderThatMessage()
    {
        var message = TicketSamples.Message("屏幕上有报错");
        _tickets.Messages.Add(message);
        _attachments.Items.Add(FakeAttachmentService.Item(Guid.NewGuid(), "报错截图.png") with
        {
            Owner = new RecordLink(RecordKind.Ticket, Guid.NewGuid()), MessageId = message.Id,
        });

        var page = RenderPage();

        Assert.Contains("报错截图.png", page.Find("[data-testid=ticket-message] [data-testid=ticket-message-files]").TextContent);
    }

    private IRenderedComponent<TicketPage> RenderPage()
    {
        var ticket = _tickets.Ticket = TicketSamples.View();

        return Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));
    }
}
