using Bunit;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Pipeline.Board;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>The list view: the board's live cards, sorted and paged, and columns remembered per user.</summary>
public sealed class BoardListTests : BoardTestContext
{
    [Fact]
    public void Render_ListWithFilters_ShowsTheBoardsMatchingCards()
    {
        Boards.Show(BoardSamples.Card("MES 二期"), BoardSamples.Card("仓储系统"));

        var page = RenderBoard("/pipeline?view=list&q=MES");

        page.WaitForAssertion(() => Assert.Equal(["MES 二期"], RowNames(page)), Wait);
    }

    [Fact]
    public void Publish_CardMovedByAColleague_ChangesItsStageInTheListWithoutAQuery()
    {
        var card = BoardSamples.Card("MES 二期");
        Boards.Show(card);
        Preferences.Columns = [ListColumns.Stage];
        var page = RenderBoard("/pipeline?view=list");
        page.WaitForAssertion(() => Assert.Equal(["MES 二期"], RowNames(page)), Wait);

        Boards.Publish(BoardSamples.MovedBy(card, BoardSamples.Propose, BoardSamples.Colleague, "陈丽"));

        page.WaitForAssertion(() => Assert.Equal("方案报价", StageCell(page)), Wait);
        Assert.Empty(Opportunities.Searches);
    }

    [Fact]
    public void SortByAmount_Descending_PutsTheLargestFirst()
    {
        Boards.Show(BoardSamples.Card("小单", amount: 5_000m), BoardSamples.Card("大单", amount: 900_000m));
        Preferences.Columns = [ListColumns.AmountInBase];
        var page = RenderBoard("/pipeline?view=list");
        page.WaitForAssertion(() => Assert.Equal(2, RowNames(page).Count), Wait);

        page.FindAll("[data-testid=opportunity-list] thead th .sortable-column-header")[1].Click();
        page.FindAll("[data-testid=opportunity-list] thead th .sortable-column-header")[1].Click();

        page.WaitForAssertion(() => Assert.Equal(["大单", "小单"], RowNames(page)), Wait);
    }

    [Fact]
    public void Render_NoSavedChoice_ShowsTheDefaultColumns()
    {
        var page = RenderBoard("/pipeline?view=list");
        page.WaitForElement("[data-testid=opportunity-list]", Wait);

        var headers = Headers(page);

        Assert.Contains("Expected close", headers);
        Assert.DoesNotContain("Status", headers);
    }

    [Fact]
    public void ToggleColumn_Status_SavesTheChoiceOnTheServer()
    {
        var page = RenderBoard("/pipeline?view=list");
        page.WaitForElement("[data-testid=list-columns] button", Wait).Click();

        Popovers.WaitForElement("input[data-testid=list-column-Status]", Wait).Change(true);

        var saved = Assert.Single(Preferences.Saves);
        Assert.Contains(ListColumns.Status, saved);
    }

    [Fact]
    public void Render_SavedChoice_ShowsOnlyThoseColumns()
    {
        Preferences.Columns = [ListColumns.Stage];

        var page = RenderBoard("/pipeline?view=list");
        page.WaitForElement("[data-testid=opportunity-list]", Wait);

        var headers = Headers(page);
        Assert.Equal(["Opportunity", "Stage"], headers);
    }

    private static List<string> RowNames(IRenderedComponent<PipelineBoardPage> page) =>
        [.. page.FindAll("[data-testid=list-opportunity]").Select(a => a.TextContent.Trim())];

    private static string StageCell(IRenderedComponent<PipelineBoardPage> page) =>
        page.Find("[data-testid=opportunity-list] tbody tr td:nth-child(2)").TextContent.Trim();

    private static List<string> Headers(IRenderedComponent<PipelineBoardPage> page) =>
        [.. page.FindAll("[data-testid=opportunity-list] thead th").Select(h => h.TextContent.Trim())];
}
