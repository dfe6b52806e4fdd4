using Bunit;
using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays;
using Crm.Web.Displays.Admin;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Displays;

/// <summary>The page where managers set wall displays up, in English.</summary>
public sealed class DisplaysPageTests : CrmTestContext
{
    private readonly FakeDisplayService _displays = new();
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    public DisplaysPageTests() => Services.AddSingleton<IDisplayService>(_displays);

    [Fact]
    public void Render_Displays_ListsThemWithScopeAndStatus()
    {
        _displays.Rows.Add(FakeDisplayService.Row("Sales floor"));
        _displays.Rows.Add(FakeDisplayService.Row("Support room", DisplayKind.Service, isLive: false));

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(
            ["Sales floor", "Support room"],
            page.FindAll("[data-testid=display-row-name]").Select(n => n.TextContent)));
        Assert.Equal(
            ["Live", "Revoked"], page.FindAll("[data-testid=display-row-status]").Select(s => s.TextContent.Trim()));
        Assert.Equal("华东销售 · All pipelines", page.Find("[data-testid=display-row-scope]").TextContent);
    }

    [Fact]
    public void Render_NoDisplays_ShowsTheEmptyStateWithANewButton()
    {
        var page = RenderPage();

        page.WaitForElement("[data-testid=display-empty]");
        Assert.NotNull(page.Find("[data-testid=display-empty-new]"));
    }

    [Fact]
    public void SaveClicked_NewDisplay_CreatesItWithTheNameTeamAndPagesTyped()
    {
        OpenNewDialog();
        _dialogs.Find("input[data-testid=display-name]").Input("华北销售大屏");
        PickTeam(FakeDisplayService.NorthSales);
        _dialogs.Find("input[data-testid=display-page-title]").Input("本月战况");
        _dialogs.Find("[data-testid=display-panel-SalesFeed]").Click();

        _dialogs.Find("[data-testid=display-save]").Click();

        _dialogs.WaitForAssertion(() => Assert.Single(_displays.Created));
        var created = _displays.Created[0];
        Assert.Equal(("华北销售大屏", FakeDisplayService.NorthSales), (created.Name, created.TeamId));
        var shown = Assert.Single(created.Pages);
        Assert.Equal("本月战况", shown.Title);
        Assert.Equal([DisplayPanel.Leaderboard, DisplayPanel.TargetGauge, DisplayPanel.Funnel], shown.Panels);
    }

    [Fact]
    public void SaveClicked_NewDisplay_ShowsTheFullAddressOnce()
    {
        OpenNewDialog();
        _dialogs.Find("input[data-testid=display-name]").Input("Sales floor");

        _dialogs.Find("[data-testid=display-save]").Click();

        var address = _dialogs.WaitForElement("input[data-testid=display-address]");
        Assert.Equal("http://localhost/wall/" + FakeDisplayService.Token, address.GetAttribute("value"));
        Assert.Contains("shown only now", _dialogs.Find("[data-testid=display-address-dialog]").TextContent);
    }

    [Fact]
    public void SaveClicked_NameRefused_ShowsItBesideTheNameAndKeepsWhatWasTyped()
    {
        _displays.SaveError = new DomainException("Name.too-long", "too long", "Name");
        OpenNewDialog();
        _dialogs.Find("input[data-testid=display-name]").Input("Sales floor");
        _dialogs.Find("input[data-testid=display-page-title]").Input("This month");

        _dialogs.Find("[data-testid=display-save]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains(
            "The name can be at most 80 characters.", _dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal("Sales floor", _dialogs.Find("input[data-testid=display-name]").GetAttribute("value"));
        Assert.Equal("This month", _dialogs.Find("input[data-testid=display-page-title]").GetAttribute("value"));
    }

    [Fact]
    public void SaveClicked_PipelineGone_SaysSoBesideThePipeline()
    {
        _displays.SaveError = new NotFoundException("Pipeline", FakeDisplayService.NewBusiness);
        OpenNewDialog();
        _dialogs.Find("input[data-testid=display-name]").Input("Sales floor");

        _dialogs.Find("[data-testid=display-save]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains(
            "This pipeline no longer exists.", _dialogs.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void SaveClicked_EditedDisplay_UpdatesTheVersionShown()
    {
        var row = _displays.Add("Sales floor");
        var page = RenderPage();
        page.WaitForElement("[data-testid=display-edit]").Click();
        _dialogs.WaitForElement("input[data-testid=display-name]").Input("Sales floor east");

        _dialogs.Find("[data-testid=display-save]").Click();

        _dialogs.WaitForAssertion(() => Assert.Single(_displays.Updated));
        var (id, version, settings) = _displays.Updated[0];
        Assert.Equal((row.Id, 3, "Sales floor east"), (id, version, settings.Name));
    }

    [Fact]
    public void RevokeClicked_Display_SaysEveryScreenGoesBlankAndWaits()
    {
        _displays.Rows.Add(FakeDisplayService.Row("Sales floor"));
        var page = RenderPage();

        page.WaitForElement("[data-testid=display-revoke]").Click();

        var box = _dialogs.WaitForElement(".mud-message-box");
        Assert.Contains("Every screen showing this display goes blank", box.TextContent);
        Assert.Empty(_displays.Revoked);
    }

    [Fact]
    public void RevokeConfirmed_Display_RevokesTheVersionShown()
    {
        var row = FakeDisplayService.Row("Sales floor");
        _displays.Rows.Add(row);
        var page = RenderPage();
        page.WaitForElement("[data-testid=display-revoke]").Click();
        _dialogs.WaitForElement(".mud-message-box");

        _dialogs.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == "Revoke").Click();

        page.WaitForAssertion(() => Assert.Equal((row.Id, 3), Assert.Single(_displays.Revoked)));
    }

    [Fact]
    public void RotateConfirmed_Display_ShowsTheNewAddress()
    {
        _displays.Rows.Add(FakeDisplayService.Row("Sales floor"));
        var page = RenderPage();
        page.WaitForElement("[data-testid=display-rotate]").Click();
        _dialogs.WaitForElement(".mud-message-box");

        _dialogs.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == "New address").Click();

        var address = _dialogs.WaitForElement("input[data-testid=display-address]");
        Assert.Equal($"http://localhost/wall/{FakeDisplayService.Token}-2", address.GetAttribute("value"));
    }

    [Fact]
    public void PreviewClicked_Display_FramesItsPreviewPage()
    {
        var row = FakeDisplayService.Row("Sales floor");
        _displays.Rows.Add(row);
        var page = RenderPage();

        page.WaitForElement("[data-testid=display-preview]").Click();

        var frame = _dialogs.WaitForElement("[data-testid=display-preview-frame] iframe");
        Assert.Equal($"/wall/preview/{row.Id}", frame.GetAttribute("src"));
    }

    [Fact]
    public void KindChanged_NewDisplay_OffersTheServicePanels()
    {
        OpenNewDialog();

        PickKind(DisplayKind.Service);

        _dialogs.WaitForAssertion(() => Assert.Equal(
            DisplayPanels.Service.Select(p => $"display-panel-{p}").Order(),
            _dialogs.FindAll("[data-testid^=display-panel-]").Select(c => c.GetAttribute("data-testid")).Order()));
    }

    [Fact]
    public void EnterPressed_InTheName_SavesTheDisplay()
    {
        OpenNewDialog();
        _dialogs.Find("input[data-testid=display-name]").Input("Sales floor");

        _dialogs.Find("input[data-testid=display-name]").KeyDown("Enter");

        _dialogs.WaitForAssertion(() => Assert.Equal("Sales floor", Assert.Single(_displays.Created).Name));
    }

    [Fact]
    public void PageMovedDown_SecondPageAdded_SavesThePagesInTheNewOrder()
    {
        OpenNewDialog();
        _dialogs.Find("input[data-testid=display-name]").Input("Sales floor");
        _dialogs.Find("[data-testid=display-page-add]").Click();
        _dialogs.FindAll("input[data-testid=display-page-title]")[0].Input("Ranking");
        _dialogs.FindAll("input[data-testid=display-page-title]")[1].Input("Forecast");

        _dialogs.FindAll("[data-testid=display-page-down]")[0].Click();
        _dialogs.Find("[data-testid=display-save]").Click();

        _dialogs.WaitForAssertion(() => Assert.Equal(
            ["Forecast", "Ranking"], Assert.Single(_displays.Created).Pages.Select(p => p.Title)));
    }

    private IRenderedComponent<DisplaysPage> OpenNewDialog()
    {
        var page = RenderPage();
        page.WaitForElement("[data-testid=display-new]").Click();
        _dialogs.WaitForElement("input[data-testid=display-name]");

        return page;
    }

    private void PickTeam(Guid teamId)
    {
        var select = Select<Guid>("display-team");
        select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(teamId));
    }

    private void PickKind(DisplayKind kind)
    {
        var select = Select<DisplayKind>("display-kind");
        select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(kind));
    }

    private IRenderedComponent<MudSelect<T>> Select<T>(string testId) =>
        _dialogs.FindComponents<MudSelect<T>>()
            .Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId));

    private IRenderedComponent<DisplaysPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();

        return Render<DisplaysPage>();
    }
}
