using Bunit;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Web.Pipeline.Opportunities;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Pipeline.Opportunities;

public sealed class AccountOpportunitiesTests : OpportunityTestContext
{
    [Fact]
    public void Render_Account_ListsItsOpportunitiesWithStageAmountCloseAndOwner()
    {
        Opportunities.Rows.Add(OpportunitySamples.Row("MES 二期", "方案报价", 120_000m, OpportunityStatus.Open));

        var tab = RenderTab();

        var row = tab.Find("[data-testid=opportunity-table] tbody tr").TextContent;
        string[] expected = ["MES 二期", "方案报价", "¥120,000.00", "Jun 30, 2026", "王芳"];
        Assert.All(expected, part => Assert.Contains(part, row));
    }

    [Fact]
    public void Render_Account_SumsTheOpenOnes()
    {
        Opportunities.Rows.Add(OpportunitySamples.Row("MES 二期", "方案报价", 120_000m, OpportunityStatus.Open));
        Opportunities.Rows.Add(OpportunitySamples.Row("WMS", "方案报价", 30_000m, OpportunityStatus.Open));
        Opportunities.Rows.Add(OpportunitySamples.Row("ERP 升级", "赢单", 500_000m, OpportunityStatus.Won));

        var tab = RenderTab();

        var summary = tab.Find("[data-testid=opportunities-summary]").TextContent.Trim();
        Assert.Equal("2 open · ¥150,000.00 in the pipeline", summary);
    }

    [Fact]
    public void Render_NoOpportunities_ShowsTheEmptyStateAndTheNewButton()
    {
        var tab = RenderTab();

        Assert.NotNull(tab.Find("[data-testid=opportunities-empty]"));
        Assert.NotNull(tab.Find("[data-testid=opportunity-new]"));
    }

    [Fact]
    public void Render_SupportAgent_SaysOpportunitiesAreKeptBySales()
    {
        CurrentUser.Actor = new Actor(Guid.CreateVersion7(), new HashSet<string> { Roles.SupportAgent });

        var tab = RenderTab();

        Assert.NotNull(tab.Find("[data-testid=opportunities-not-shared]"));
        Assert.Empty(tab.FindAll("[data-testid=opportunity-new]"));
    }

    [Fact]
    public void LiveEvent_OpportunityCreatedOnTheAccount_ListsIt()
    {
        var tab = RenderTab();
        var row = OpportunitySamples.Row("MES 二期", "初步接洽", 80_000m, OpportunityStatus.Open);
        Opportunities.Rows.Add(row);

        Bus.Publish([new OpportunityCreated(
            row.Id, 1, Now, row.PipelineId, row.StageId, row.OwnerId, OpportunitySamples.AccountId, 8_000_000, "CNY")]);

        tab.WaitForAssertion(() => Assert.Single(tab.FindAll("[data-testid=opportunity-row]")));
    }

    [Fact]
    public void New_Created_OpensTheNewOpportunity()
    {
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var tab = RenderTab();
        tab.Find("[data-testid=opportunity-new]").Click();
        dialogs.WaitForElement("input[data-testid=opportunity-name]").Input("WMS 仓储");
        dialogs.Find("input[data-testid=opportunity-amount]").Input("80000");

        dialogs.Find("[data-testid=opportunity-create]").Click();

        var created = Assert.Single(Opportunities.Created);
        Assert.Equal(
            ("WMS 仓储", OpportunitySamples.AccountId, OpportunitySamples.Qualify.Id),
            (created.Name, created.AccountId, created.StageId));
        var navigation = Services.GetRequiredService<NavigationManager>();
        tab.WaitForAssertion(() => Assert.StartsWith("http://localhost/opportunities/", navigation.Uri));
    }

    private IRenderedComponent<AccountOpportunities> RenderTab()
    {
        var tab = Render<AccountOpportunities>(p => p
            .Add(x => x.AccountId, OpportunitySamples.AccountId)
            .Add(x => x.LiveWindow, TimeSpan.Zero));
        tab.WaitForAssertion(() => Assert.Empty(tab.FindAll(".mud-progress-linear")));

        return tab;
    }
}
