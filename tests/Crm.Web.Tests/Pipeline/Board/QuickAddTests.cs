using Bunit;
using Crm.Infrastructure.Customers;

namespace Crm.Web.Tests.Pipeline.Board;

public sealed class QuickAddTests : BoardTestContext
{
    [Fact]
    public void Save_AllFields_CreatesTheOpportunityInThatStage()
    {
        var account = new AccountOption(Guid.CreateVersion7(), "华辰制造", "上海");
        Lookups.AccountOptions.Add(account);
        var page = RenderBoard();
        Column(page, "方案报价").QuerySelector("[data-testid=board-column-add]")!.Click();

        Dialogs.WaitForElement("[data-testid=quick-add-name]", Wait).Input("MES 三期");
        Dialogs.Find("input[data-testid=quick-add-account]").Input("华辰");
        Popovers.WaitForElement(".mud-list-item", Wait).Click();
        Dialogs.Find("input[data-testid=quick-add-amount]").Input("250000");
        Dialogs.Find("[data-testid=quick-add-save]").Click();

        page.WaitForAssertion(() => Assert.Single(Opportunities.Created), Wait);
        var created = Opportunities.Created[0];
        Assert.Equal(("MES 三期", account.Id, BoardSamples.Propose), (created.Name, created.AccountId, created.StageId));
        Assert.Equal((250_000m, "CNY"), (created.Amount, created.Currency));
    }

    [Fact]
    public void Save_Empty_ShowsEveryMissingFieldAndCreatesNothing()
    {
        var page = RenderBoard();
        page.WaitForElement("[data-testid=board-column-add]", Wait).Click();

        Dialogs.WaitForElement("[data-testid=quick-add-save]", Wait).Click();

        Assert.Contains("Give the opportunity a name.", Dialogs.Markup);
        Assert.Contains("Choose the account.", Dialogs.Markup);
        Assert.Empty(Opportunities.Created);
    }
}
