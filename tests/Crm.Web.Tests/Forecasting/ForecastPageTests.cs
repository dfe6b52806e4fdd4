using Bunit;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Forecasting;
using Crm.Web.Forecasting;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static Crm.Web.Tests.Forecasting.FakeForecastService;

namespace Crm.Web.Tests.Forecasting;

/// <summary>The forecast page over <see cref="FakeForecastService"/>'s fixture; amounts are CNY.</summary>
public sealed class ForecastPageTests : CrmTestContext
{
    private readonly FakeForecastService _forecasts = new();
    private readonly FakeOpportunityFacts _facts = new();
    private readonly FakeForecastTrendService _trends = new();
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    public ForecastPageTests()
    {
        Services.AddSingleton<IForecastService>(_forecasts);
        Services.AddSingleton<IOpportunityFacts>(_facts);
        Services.AddSingleton<IForecastTrendService>(_trends);
    }

    private static ForecastPermissions Manager =>
        new(false, new HashSet<Guid> { East }, new HashSet<Guid> { Amy, Bob }, true);

    [Fact]
    public void Render_Quarter_ShowsEachRepsForecast()
    {
        var page = RenderPage();

        // Amy: 5 000 000 won + 2 000 000 commit.
        Assert.Equal("¥70,000", Value(page, $"forecast-rep-{Amy}"));
    }

    [Fact]
    public void Render_Teams_ListRepsThenTheirSubtotalAndTheTotalLast()
    {
        var page = RenderPage();

        var rows = page.FindAll("[data-testid=forecast-table] tbody tr").Select(r => r.GetAttribute("data-testid"));

        Assert.Equal(
            [$"forecast-rep-{Amy}", $"forecast-rep-{Bob}", $"forecast-team-{East}", $"forecast-rep-{Cai}",
                $"forecast-team-{West}", "forecast-total"],
            rows);
    }

    [Fact]
    public void Render_Total_AddsEveryTeam()
    {
        var page = RenderPage();

        // 7 000 000 (East) + 500 000 (West).
        Assert.Equal("¥75,000", Value(page, "forecast-total"));
    }

    [Fact]
    public void Render_OpportunityWithoutRate_NamesTheCurrency()
    {
        var page = RenderPage();

        Assert.Contains("EUR", page.Find("[data-testid=forecast-unconverted]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Manager_OffersNarrowingToATeamOrRep()
    {
        _forecasts.Permissions = Manager;

        var page = RenderPage();

        Assert.Single(page.FindAll("[data-testid=forecast-scope]"));
    }

    [Fact]
    public void Render_Rep_OffersNeitherAdjustmentNorSnapshot()
    {
        var page = RenderPage();

        Assert.Empty(page.FindAll("[data-testid^=forecast-adjust-]"));
        Assert.Empty(page.FindAll("[data-testid=forecast-snapshot]"));
    }

    [Fact]
    public void Render_Manager_OffersAdjustingTheManagedTeamButNotTheOther()
    {
        _forecasts.Permissions = Manager;

        var page = RenderPage();

        Assert.Single(page.FindAll($"[data-testid=forecast-adjust-{East}]"));
        Assert.Empty(page.FindAll($"[data-testid=forecast-adjust-{West}]"));
    }

    [Fact]
    public void SaveAdjustment_AmountAndNote_AdjustsInMinorUnitsAndShowsTheNewForecast()
    {
        _forecasts.Permissions = Manager;
        var page = RenderPage();

        page.Find($"[data-testid=forecast-adjust-{Amy}]").Click();
        _dialogs.Find("input[data-testid=adjust-amount]").Input("5000");
        _dialogs.Find("textarea[data-testid=adjust-note]").Input("合同已到法务");
        _dialogs.Find("[data-testid=adjust-save]").Click();

        Assert.Equal(500_000, Assert.Single(_forecasts.Adjusted).Delta);
        page.WaitForAssertion(() => Assert.Equal("¥75,000", Value(page, $"forecast-rep-{Amy}")));
    }

    [Fact]
    public void SaveAdjustment_WithoutNote_ShowsTheErrorAndSavesNothing()
    {
        _forecasts.Permissions = Manager;
        var page = RenderPage();

        page.Find($"[data-testid=forecast-adjust-{Amy}]").Click();
        _dialogs.Find("input[data-testid=adjust-amount]").Input("5000");
        _dialogs.Find("[data-testid=adjust-save]").Click();

        Assert.Contains("Say why", _dialogs.Find("[data-testid=adjust-dialog]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_forecasts.Adjusted);
    }

    [Fact]
    public void OpenAdjustDialog_EarlierRevision_ListsItInTheHistory()
    {
        _forecasts.Permissions = Manager;
        _forecasts.Seed(ForecastSubjectKind.Team, East, -100_000, "整体偏乐观");
        var page = RenderPage();

        page.Find($"[data-testid=forecast-adjust-{East}]").Click();

        Assert.Contains("整体偏乐观", _dialogs.Find("[data-testid=adjust-history-row]").TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void TakeSnapshot_Manager_SnapshotsTheShownPeriod()
    {
        _forecasts.Permissions = Manager;
        var page = RenderPage();

        page.Find("[data-testid=forecast-snapshot]").Click();

        Assert.Equal(["FY2026-Q1"], _forecasts.Snapshots);
    }

    [Fact]
    public void Render_Changes_ListsTheAmountFromOldToNew()
    {
        _forecasts.Changes = new ForecastChangeReport(Now.AddDays(-7), SnapshotKind.Weekly,
        [
            new ForecastChangeRow(new ForecastChange(ForecastChangeKind.AmountChanged, AmyCommit, Amy, East,
                2_000_000, 2_500_000, new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 10)), "MES 二期"),
        ]);

        var page = RenderPage();

        Assert.Equal("¥20,000 → ¥25,000", page.Find("[data-testid=forecast-change-amount]").TextContent.Trim());
    }

    [Fact]
    public void Render_NoSnapshot_SaysThereIsNothingToCompareWith()
    {
        var page = RenderPage();

        Assert.Contains("No snapshot", page.Find("[data-testid=forecast-changes]").TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void NewerFactTable_WhileOpen_ReadsTheForecastAgain()
    {
        var page = RenderPage();

        _facts.Publish();

        // The page coalesces newer tables for a second before it reads again.
        page.WaitForAssertion(() => Assert.Equal(2, _forecasts.Reads), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void ForecastAdjusted_OfTheShownPeriod_ReadsTheForecastAgain()
    {
        var page = RenderPage();

        Bus.Publish(
            [new ForecastAdjusted(Guid.CreateVersion7(), 1, Now, ForecastSubjectKind.Rep, Amy, "FY2026-Q1", 1)]);

        page.WaitForAssertion(() => Assert.Equal(2, _forecasts.Reads), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void PickMonth_Toggle_ReadsTheCurrentMonth()
    {
        var page = RenderPage();

        page.FindAll("[data-testid=period-kind] .mud-toggle-item")[0].Click();

        Assert.Equal((PeriodKind.Month, "2026-05"), _forecasts.Requests[^1]);
    }

    [Fact]
    public void Render_Quarter_ReadsTheTrendOfTheShownQuarterForEverythingShown()
    {
        RenderPage();

        Assert.Equal(("FY2026-Q1", ForecastTrendScope.Organization), _trends.Requests.Single());
    }

    [Fact]
    public void Render_NoSnapshotYet_SaysWhenSnapshotsAreTaken()
    {
        var page = RenderPage();

        Assert.Contains("weekly", page.Find("[data-testid=forecast-trend-empty]").TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void PickMonth_Toggle_ReadsTheTrendOfTheMonth()
    {
        var page = RenderPage();

        page.FindAll("[data-testid=period-kind] .mud-toggle-item")[0].Click();

        Assert.Equal("2026-05", _trends.Requests[^1].PeriodKey);
    }

    [Fact]
    public async Task PickRep_Scope_ReadsThatRepsTrend()
    {
        _forecasts.Permissions = Manager;
        var page = RenderPage();
        var scope = page.FindComponents<MudSelect<string>>()
            .Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), "forecast-scope"));

        await page.InvokeAsync(() => scope.Instance.ValueChanged.InvokeAsync($"rep:{Bob}"));

        Assert.Equal(new ForecastTrendScope(ForecastSubjectKind.Rep, Bob), _trends.Requests[^1].Scope);
    }

    [Fact]
    public void NewerFactTable_WhileOpen_ReadsTheTrendAgain()
    {
        var page = RenderPage();

        _facts.Publish();

        page.WaitForAssertion(() => Assert.Equal(2, _trends.Requests.Count), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Dispose_Page_StopsListeningToTheFactTable()
    {
        var page = RenderPage();

        page.Instance.Dispose();

        Assert.Equal(0, _facts.Listeners);
    }

    private IRenderedComponent<ForecastPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();

        return Render<ForecastPage>();
    }

    private static string Value(IRenderedComponent<ForecastPage> page, string rowTestId) =>
        page.Find($"[data-testid={rowTestId}] [data-testid=forecast-value]").TextContent.Trim();
}
