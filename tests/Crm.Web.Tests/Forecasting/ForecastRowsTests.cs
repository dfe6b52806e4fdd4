using Crm.Domain.Forecasting;
using Crm.Web.Forecasting;
using static Crm.Web.Tests.Forecasting.FakeForecastService;

namespace Crm.Web.Tests.Forecasting;

/// <summary>How the table narrows to a team or a rep, over <see cref="FakeForecastService"/>'s fixture.</summary>
public sealed class ForecastRowsTests
{
    private readonly FakeForecastService _forecasts = new();

    [Fact]
    public async Task Build_TeamScope_ShowsItsRepsAndSubtotalWithoutTheTotal()
    {
        var view = await _forecasts.GetAsync(null, PeriodKind.Quarter, TestContext.Current.CancellationToken);

        var rows = ForecastRows.Build(view, new ForecastScope(ForecastSubjectKind.Team, East), "No team", "Total");

        Assert.Equal(["Amy", "Bob", "East"], rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Build_RepScope_ShowsThatRepAlone()
    {
        var view = await _forecasts.GetAsync(null, PeriodKind.Quarter, TestContext.Current.CancellationToken);

        var rows = ForecastRows.Build(view, new ForecastScope(ForecastSubjectKind.Rep, Cai), "No team", "Total");

        // Cai: commit 500 000, nothing won.
        Assert.Equal(500_000, Assert.Single(rows).Line.Forecast);
    }

    [Fact]
    public async Task Scopes_TwoTeams_ListEachTeamBeforeItsReps()
    {
        var view = await _forecasts.GetAsync(null, PeriodKind.Quarter, TestContext.Current.CancellationToken);

        var scopes = ForecastRows.Scopes(view, "No team");

        Assert.Equal(["East", "Amy", "Bob", "West", "Cai"], scopes.Select(s => s.Name));
    }

    [Theory]
    [InlineData("org")]
    [InlineData("team:nonsense")]
    [InlineData(null)]
    public void Parse_NotATeamOrRep_IsEverything(string? value)
    {
        Assert.Equal(ForecastScope.Organization, ForecastScope.Parse(value));
    }
}
