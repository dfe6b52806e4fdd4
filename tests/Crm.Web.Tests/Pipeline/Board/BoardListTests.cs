using Bunit;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Pipeline.Board;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>The list view: the board's filters, server paging, and columns remembered per user.</summary>
public sealed class BoardListTests : BoardTestContext
{
    [Fact]
    public void Render_ListWithFilters_AsksTheServiceForThePipelinesFirstPage()
    {
        var owner = BoardSamples.Me;

        var page = RenderBoard($"/pipeline?view=list&owner={owner}&close=this-month&q=MES");
        page.WaitForElement("[data-testid=opportunity-list]", Wait);

        var march = (new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        page.WaitForAssertion(() => Assert.Equal(
            new OpportunityQuery(BoardSamples.PipelineId, null, owner, null, march.Item1, march.Item2, null, "MES",
                OpportunitySort.ExpectedClose, false, 0, 25),
            Assert.Single(Opportunities.Searches)), Wait);
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

    private static List<string> Headers(IRenderedComponent<PipelineBoardPage> page) =>
        [.. page.FindAll("[data-testid=opportunity-list] thead th").Select(h => h.TextContent.Trim())];
}
