using Bunit;
using Crm.Infrastructure.Common;
using Microsoft.AspNetCore.Components.Web;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>Moving cards by drag and drop, by keyboard and by the card's menu.</summary>
public sealed class BoardMoveTests : BoardTestContext
{
    [Fact]
    public void Drop_OnAnotherStage_MovesWithTheVersionTheCardHad()
    {
        var card = BoardSamples.Card("MES 二期", version: 3);
        Boards.Show(card);
        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-card]", Wait).DragStart();
        Column(page, "方案报价").Drop();

        Assert.Equal([(card.Id, 3, BoardSamples.Propose, null)], Opportunities.Moves);
    }

    [Fact]
    public void Drop_OnAnotherStage_ShowsTheCardThereBeforeTheBoardConfirms()
    {
        Boards.Show(BoardSamples.Card("MES 二期"));
        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-card]", Wait).DragStart();
        Column(page, "方案报价").Drop();

        page.WaitForAssertion(() => Assert.Equal(["MES 二期"], CardNames(page, "方案报价")), Wait);
    }

    [Fact]
    public void Drop_OnWon_AsksForTheReasonBeforeSaving()
    {
        Boards.Show(BoardSamples.Card("MES 二期"));
        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-card]", Wait).DragStart();
        Column(page, "赢单").Drop();

        Dialogs.WaitForElement("[data-testid=close-reason]", Wait);
        Assert.Empty(Opportunities.Moves);
    }

    [Fact]
    public void Drop_OnWonWithAReason_SavesTheReasonAndTodayAsTheCloseDay()
    {
        var card = BoardSamples.Card("MES 二期");
        Boards.Show(card);
        var page = RenderBoard();
        page.WaitForElement("[data-testid=board-card]", Wait).DragStart();
        Column(page, "赢单").Drop();

        Dialogs.WaitForElement("[data-testid=close-reason]", Wait).Input("价格和交付都占优");
        Dialogs.Find("[data-testid=close-save]").Click();

        page.WaitForAssertion(() => Assert.Single(Opportunities.Moves), Wait);
        Assert.Equal(new("价格和交付都占优", BoardSamples.Today), Opportunities.Moves[0].Close);
    }

    [Fact]
    public void Drop_OnWonThenCancel_PutsTheCardBack()
    {
        Boards.Show(BoardSamples.Card("MES 二期"));
        var page = RenderBoard();
        page.WaitForElement("[data-testid=board-card]", Wait).DragStart();
        Column(page, "赢单").Drop();

        Dialogs.WaitForElement("[data-testid=close-cancel]", Wait).Click();

        page.WaitForAssertion(() => Assert.Equal(["MES 二期"], CardNames(page, "初步接洽")), Wait);
        Assert.Empty(Opportunities.Moves);
    }

    [Fact]
    public void Drop_SomeoneMovedItFirst_SaysWhereItReallyIsAndPutsItBack()
    {
        var card = BoardSamples.Card("MES 二期");
        Boards.Show(card);
        Opportunities.MoveError = new ConcurrencyConflictException("Opportunity", card.Id);
        Opportunities.CardNow = card.Opportunity with { StageId = BoardSamples.Negotiate };
        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-card]", Wait).DragStart();
        Column(page, "方案报价").Drop();

        var notice = page.WaitForElement("[data-testid=board-notice]", Wait).TextContent;
        Assert.Contains("Someone changed MES 二期 just before you", notice);
        Assert.Contains("商务谈判", notice);
    }

    [Fact]
    public void Keyboard_PickUpArrowRightAndDrop_MovesToTheNextStage()
    {
        var card = BoardSamples.Card("MES 二期", version: 2);
        Boards.Show(card);
        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-card]", Wait).KeyDown(new KeyboardEventArgs { Key = "Enter" });
        page.Find("[data-testid=board-card]").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        page.Find("[data-testid=board-card]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal([(card.Id, 2, BoardSamples.Propose, null)], Opportunities.Moves);
    }

    [Fact]
    public void Keyboard_PickUpThenEscape_MovesNothingAndSaysSo()
    {
        Boards.Show(BoardSamples.Card("MES 二期"));
        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-card]", Wait).KeyDown(new KeyboardEventArgs { Key = " " });
        page.Find("[data-testid=board-card]").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        page.Find("[data-testid=board-card]").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(Opportunities.Moves);
        Assert.Equal("Move of MES 二期 cancelled", page.Find("[data-testid=board-announcer]").TextContent);
    }

    [Fact]
    public void MoveToMenu_ChooseAStage_MovesThere()
    {
        var card = BoardSamples.Card("MES 二期");
        Boards.Show(card);
        var page = RenderBoard();

        page.WaitForElement("[data-testid=board-card-menu] button", Wait).Click();
        Popovers.WaitForElements("[data-testid=board-card-move-to]", Wait)
            .Single(e => e.GetAttribute("data-stage") == "商务谈判").Click();

        page.WaitForAssertion(
            () => Assert.Equal(BoardSamples.Negotiate, Assert.Single(Opportunities.Moves).StageId), Wait);
    }
}
