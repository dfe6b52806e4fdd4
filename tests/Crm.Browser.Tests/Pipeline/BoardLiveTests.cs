using Crm.Browser.Tests.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Browser.Tests.Pipeline;

/// <summary>Two reps of one team on the same board, and a rep of another team beside them.</summary>
public sealed class BoardLiveTests(BrowserFixture browser, CrmAppFixture app) : IAsyncDisposable
{
    private const string Rep = "zhang.wei@demo.crm";
    private const string Teammate = "wang.lei@demo.crm";
    private const string OtherTeamsRep = "lin.xiaoyan@demo.crm";

    private readonly List<IBrowserContext> _contexts = [];

    [Fact]
    public async Task Drag_CardToAnotherStage_TeammatesBoardShowsItThereWithoutReloadAndOthersNever()
    {
        var (pipelineId, opportunity) = await app.PipelineWithOpportunityOfAsync(Rep);
        var mover = await app.DisplayNameAsync(Rep);
        var rep = await OpenBoardAsync(Rep, pipelineId);
        var teammate = await OpenBoardAsync(Teammate, pipelineId);
        var other = await OpenBoardAsync(OtherTeamsRep, pipelineId);
        await Expect(Card(teammate, "初步接洽", opportunity)).ToBeVisibleAsync();

        await Card(rep, "初步接洽", opportunity).DragToAsync(Column(rep, "方案报价"));

        await Expect(Card(teammate, "方案报价", opportunity)).ToBeVisibleAsync();
        await Expect(Card(teammate, "方案报价", opportunity).GetByTestId("board-card-hint"))
            .ToHaveTextAsync($"{mover} 刚刚移动");
        await Expect(other.GetByText(opportunity)).ToHaveCountAsync(0);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    // Each person in a browser context of their own: own cookies, own circuit.
    private async Task<IPage> OpenBoardAsync(string email, Guid pipelineId)
    {
        var context = await browser.NewContextAsync(app.BaseUrl);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email);
        await page.GoToAsync($"/pipeline/{pipelineId}");
        await Expect(page.GetByTestId("board")).ToBeVisibleAsync();

        return page;
    }

    private static ILocator Column(IPage page, string stage) =>
        page.Locator($"[data-testid=board-column][data-stage='{stage}']");

    private static ILocator Card(IPage page, string stage, string opportunity) =>
        Column(page, stage).GetByTestId("board-card").Filter(new() { HasText = opportunity });
}
