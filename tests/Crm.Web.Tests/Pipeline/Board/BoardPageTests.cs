using Bunit;
using Crm.Infrastructure.Visibility;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>The board renders the user's view of the live snapshot and follows it without reload.</summary>
public sealed class BoardPageTests : BoardTestContext
{
    [Fact]
    public void Render_Snapshot_ShowsEveryActiveStageInOrder()
    {
        var page = RenderBoard();

        var columns = page.WaitForElements("[data-testid=board-column]", Wait);

        Assert.Equal(
            ["初步接洽", "方案报价", "商务谈判", "赢单", "输单"], columns.Select(c => c.GetAttribute("data-stage")));
    }

    [Fact]
    public void Render_TwoCurrencies_HeaderTotalsAddTheCardsInTheBaseCurrency()
    {
        Boards.Show(
            BoardSamples.Card("MES 二期", amount: 100_000m), BoardSamples.Card("海外仓", amount: 10_000m, currency: "USD"));

        var page = RenderBoard();
        page.WaitForElement("[data-testid=board-card]", Wait);

        // ¥100,000 + $10,000 × 7.2 = ¥172,000; weighted at 10%: ¥17,200.
        var totals = Column(page, "初步接洽").QuerySelector("[data-testid=board-column-totals]")!;
        Assert.Equal("2", totals.QuerySelector("[data-testid=board-column-count]")!.TextContent);
        Assert.Equal("¥172K", totals.QuerySelector("[data-testid=board-column-amount]")!.TextContent);
        Assert.StartsWith("¥17.2K", totals.QuerySelector("[data-testid=board-column-weighted]")!.TextContent.Trim());
    }

    [Fact]
    public void Render_ForeignCurrencyCard_ShowsItsAmountAndTheBaseAmount()
    {
        Boards.Show(BoardSamples.Card("海外仓", amount: 10_000m, currency: "USD"));

        var page = RenderBoard();

        var amount = page.WaitForElement("[data-testid=board-card-amount]", Wait).TextContent;
        Assert.Contains("$10,000", amount);
        Assert.Contains("≈ ¥72,000", amount);
    }

    [Fact]
    public void Render_PastExpectedClose_MarksTheCardOverdue()
    {
        Boards.Show(BoardSamples.Card("逾期单", expectedClose: BoardSamples.Today.AddDays(-1)));

        var page = RenderBoard();

        var date = page.WaitForElement("[data-testid=board-card-date]", Wait);
        Assert.Contains("crm-board-card-overdue", date.ClassList);
    }

    [Fact]
    public void Render_TextInTheUrl_ShowsOnlyMatchingCards()
    {
        Boards.Show(BoardSamples.Card("MES 二期"), BoardSamples.Card("仓储系统"));

        var page = RenderBoard("/pipeline?q=mes");
        page.WaitForElement("[data-testid=board-card]", Wait);

        Assert.Equal(["MES 二期"], CardNames(page, "初步接洽"));
    }

    [Fact]
    public void Render_FilterMatchesNothing_OffersToClearFilters()
    {
        Boards.Show(BoardSamples.Card("MES 二期"));

        var page = RenderBoard("/pipeline?q=nothing-like-it");

        page.WaitForElement("[data-testid=board-no-matches-clear]", Wait);
    }

    [Fact]
    public void Render_NoPipelines_ShowsTheEmptyState()
    {
        Pipelines.Pipelines.Clear();

        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-no-pipelines]", Wait);
    }

    [Fact]
    public void Render_RoleWithoutOpportunities_SaysSoInsteadOfAnEmptyBoard()
    {
        Boards.Access = OpportunityAccess.None;

        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-no-access]", Wait);
    }

    [Fact]
    public void Render_UnknownPipelineId_ShowsNotFound()
    {
        var page = RenderBoard($"/pipeline/{Guid.CreateVersion7()}");

        page.WaitForElement("[data-testid=not-found]", Wait);
    }

    [Fact]
    public void Publish_CardMovedByAColleague_ShowsInTheNewColumnWithWhoMovedIt()
    {
        var card = BoardSamples.Card("MES 二期");
        Boards.Show(card);
        var page = RenderBoard();
        page.WaitForElement("[data-testid=board-card]", Wait);

        Boards.Publish(BoardSamples.MovedBy(card, BoardSamples.Propose, BoardSamples.Colleague, "陈丽"));

        page.WaitForAssertion(() => Assert.Equal(["MES 二期"], CardNames(page, "方案报价")), Wait);
        Assert.Equal("moved by 陈丽 just now", page.Find("[data-testid=board-card-hint]").TextContent);
    }

    [Fact]
    public void Publish_CardIMovedMyself_ShowsNoHint()
    {
        var card = BoardSamples.Card("MES 二期");
        Boards.Show(card);
        var page = RenderBoard();
        page.WaitForElement("[data-testid=board-card]", Wait);

        Boards.Publish(BoardSamples.MovedBy(card, BoardSamples.Propose, BoardSamples.Me, "王芳"));

        page.WaitForAssertion(() => Assert.Equal(["MES 二期"], CardNames(page, "方案报价")), Wait);
        Assert.Empty(page.FindAll("[data-testid=board-card-hint]"));
    }

    [Fact]
    public async Task Dispose_Page_ClosesItsFeed()
    {
        var page = RenderBoard();
        page.WaitForElement("[data-testid=board]", Wait);

        await DisposeComponentsAsync();

        Assert.Equal(0, Boards.OpenFeeds);
    }
}
