using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Tickets.Canned;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Canned;
using MudBlazor;

namespace Crm.Web.Tests.Tickets.Canned;

/// <summary>The canned replies page and its editor.</summary>
public sealed class CannedRepliesPageTests : CrmTestContext
{
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    [Fact]
    public void Render_TeamWithReplies_ListsThemByTitle()
    {
        CannedReplies.Rows.Add(FakeCannedReplyService.Row("受理确认", "{{customer.name}}，您好！"));

        var page = RenderPage();

        Assert.Equal("受理确认", page.WaitForElement("[data-testid=canned-title]").TextContent);
    }

    [Fact]
    public void Render_NoRepliesForALead_ShowsTheEmptyStateWithANewButton()
    {
        var page = RenderPage();

        page.WaitForElement("[data-testid=canned-empty]");
        Assert.NotNull(page.Find("[data-testid=canned-empty-new]"));
    }

    [Fact]
    public void Render_Agent_OffersNoChanges()
    {
        CannedReplies.Teams = [new(FakeCannedReplyService.FrontlineId, "一线支持", false)];
        CannedReplies.Rows.Add(FakeCannedReplyService.Row("受理确认", "您好"));

        var page = RenderPage();

        page.WaitForElement("[data-testid=canned-row]");
        Assert.Empty(page.FindAll("[data-testid=canned-edit], [data-testid=canned-new]"));
    }

    [Fact]
    public void Render_NoSupportTeam_SaysSo()
    {
        CannedReplies.Teams = [];

        var page = RenderPage();

        Assert.NotNull(page.WaitForElement("[data-testid=canned-no-team]"));
    }

    [Fact]
    public void SearchTyped_Term_ListsOnlyMatches()
    {
        CannedReplies.Rows.Add(FakeCannedReplyService.Row("受理确认", "您好"));
        CannedReplies.Rows.Add(FakeCannedReplyService.Row("Logs needed", "Please send the log"));
        var page = RenderPage();
        page.WaitForElement("[data-testid=canned-row]");

        page.Find("input[data-testid=canned-search]").Input("log");

        page.WaitForAssertion(() => Assert.Equal("Logs needed", page.Find("[data-testid=canned-title]").TextContent));
    }

    [Fact]
    public void RetireConfirmed_Reply_RetiresTheVersionShown()
    {
        var row = FakeCannedReplyService.Row("受理确认", "您好");
        CannedReplies.Rows.Add(row);
        var page = RenderPage();

        page.WaitForElement("[data-testid=canned-retire]").Click();
        _dialogs.WaitForElement(".mud-message-box");
        _dialogs.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == "Retire").Click();

        page.WaitForAssertion(() => Assert.Equal((row.Id, 2), Assert.Single(CannedReplies.Retired)));
    }

    [Fact]
    public void BodyTyped_UnknownPlaceholder_NamesItBesideTheField()
    {
        OpenNewDialog();

        _dialogs.Find("textarea[data-testid=canned-body]").Input("Hello\nDear {{customer.nmae}}");

        _dialogs.WaitForAssertion(() => Assert.Contains(
            "Unknown placeholder {{customer.nmae}} at line 2, column 6", _dialogs.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void BodyTyped_Placeholders_PreviewsThemFilledForTheSampleTicket()
    {
        OpenNewDialog();

        _dialogs.Find("textarea[data-testid=canned-body]").Input("您好 {{customer.name}}，工单 {{ticket.number}}");

        _dialogs.WaitForAssertion(() =>
            Assert.Equal("您好 王芳，工单 #12397", _dialogs.Find("[data-testid=canned-preview]").TextContent.Trim()));
    }

    [Fact]
    public void PlaceholderChipClicked_UntouchedBox_AppendsThePlaceholder()
    {
        OpenNewDialog();
        _dialogs.Find("textarea[data-testid=canned-body]").Input("Regards, ");

        _dialogs.Find("[data-testid='canned-chip-agent.name']").Click();

        _dialogs.WaitForAssertion(() => Assert.Equal(
            "Regards, {{agent.name}}", _dialogs.Find("textarea[data-testid=canned-body]").GetAttribute("value")));
    }

    [Fact]
    public void SaveClicked_TitleTaken_ShowsItBesideTheTitleAndKeepsTheDialog()
    {
        CannedReplies.SaveError = new DomainException("Title.taken", "taken", "Title");
        OpenNewDialog();
        _dialogs.Find("input[data-testid=canned-title-field]").Input("受理确认");
        _dialogs.Find("textarea[data-testid=canned-body]").Input("您好");

        _dialogs.Find("[data-testid=canned-save]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains(
            "Another reply of this team already has this title.", _dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(CannedReplies.Created);
    }

    [Fact]
    public void SaveClicked_NewReply_CreatesItForTheTeam()
    {
        OpenNewDialog();
        _dialogs.Find("input[data-testid=canned-title-field]").Input("受理确认");
        _dialogs.Find("textarea[data-testid=canned-body]").Input("您好 {{customer.name}}");

        _dialogs.Find("[data-testid=canned-save]").Click();

        _dialogs.WaitForAssertion(() => Assert.Equal(
            (FakeCannedReplyService.FrontlineId, new CannedReplyInput("受理确认", "您好 {{customer.name}}", null)),
            Assert.Single(CannedReplies.Created)));
    }

    private void OpenNewDialog()
    {
        var page = RenderPage();
        page.WaitForElement("[data-testid=canned-new]").Click();
        _dialogs.WaitForElement("textarea[data-testid=canned-body]");
    }

    private IRenderedComponent<CannedRepliesPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();

        return Render<CannedRepliesPage>();
    }
}
