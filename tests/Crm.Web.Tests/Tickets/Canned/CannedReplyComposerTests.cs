using System.Globalization;
using Bunit;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Tickets;
using Crm.Web.Tests.Attachments;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets;
using Crm.Web.Tickets.Shortcuts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Web.Tests.Tickets.Canned;

/// <summary>Canned replies in the ticket composer: picked from the team's list, added to the draft.</summary>
public sealed class CannedReplyComposerTests : CrmTestContext
{
    private readonly FakeTicketService _tickets = new();

    public CannedReplyComposerTests()
    {
        Services.AddSingleton<ITicketService>(_tickets);
        Services.AddSingleton<IAttachmentService>(new FakeAttachmentService());
        Services.AddSingleton<Crm.Infrastructure.Tickets.Workspace.IAgentWorkspace>(new Workspace.FakeAgentWorkspace());
        Services.AddSingleton<IPresenceRegistry>(
            new PresenceRegistry(TimeProvider.System, NullLogger<PresenceRegistry>.Instance));
        Services.AddSingleton<Crm.Infrastructure.Tickets.Sla.ITicketSlaCountdowns>(new Sla.FakeTicketSlaCountdowns());
        _tickets.Choices = TicketSamples.Choices();
        CannedReplies.Rows.Add(FakeCannedReplyService.Row("受理确认", "{{customer.name}}，您好！"));
        CannedReplies.Rendered = "王芳，您好！工单 #12397 已受理。";
    }

    [Fact]
    public void CannedReplyPicked_TypedDraft_IsKeptAndTheReplyFollows()
    {
        var page = RenderPage();
        page.Find("textarea[data-testid=composer-body]").Input("补充一句：");

        page.Find("[data-testid=canned-picker-button]").Click();
        page.WaitForElement("[data-testid=canned-picker-item]").Click();

        page.WaitForAssertion(() => Assert.Equal("补充一句：\n\n王芳，您好！工单 #12397 已受理。",
            page.Find("textarea[data-testid=composer-body]").GetAttribute("value")));
    }

    [Fact]
    public void SearchEnter_EmptyDraft_InsertsTheFirstMatch()
    {
        var page = RenderPage();
        page.Find("[data-testid=canned-picker-button]").Click();

        page.WaitForElement("input[data-testid=canned-picker-search]").KeyDown("Enter");

        page.WaitForAssertion(() => Assert.Equal(CannedReplies.Rendered,
            page.Find("textarea[data-testid=composer-body]").GetAttribute("value")));
    }

    [Fact]
    public void SearchTyped_NoMatch_SaysSo()
    {
        var page = RenderPage();
        page.Find("[data-testid=canned-picker-button]").Click();

        page.WaitForElement("input[data-testid=canned-picker-search]").Input("发票");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=canned-picker-empty]")));
    }

    [Fact]
    public async Task ShortcutC_OnTheTicketPage_OpensTheRepliesWithTheirSearch()
    {
        var page = RenderPage();
        var shortcuts = page.FindComponent<KeyboardShortcuts>();

        await shortcuts.InvokeAsync(() => shortcuts.Instance.OnKeyAsync("c"));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("input[data-testid=canned-picker-search]")));
    }

    private IRenderedComponent<TicketPage> RenderPage()
    {
        var ticket = _tickets.Ticket = TicketSamples.View();

        return Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));
    }
}
