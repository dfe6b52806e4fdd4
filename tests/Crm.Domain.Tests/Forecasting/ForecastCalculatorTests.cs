using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;
using Crm.Domain.Pipeline;
using static Crm.Domain.Tests.Forecasting.FactBuilder;

namespace Crm.Domain.Tests.Forecasting;

/// <summary>
/// FY2026-Q1 of a fiscal year starting in April: 2026-04-01 up to 2026-07-01. Amounts are minor
/// units of CNY, the base currency. The fixture and its arithmetic:
/// <code>
/// 东区 (East): rep A
///   a1 won 2026-05-10               5 000 000            → closed won 5 000 000
///   a2 open commit   2026-06-30     2 000 000 × 70 %     → commit 2 000 000, weighted 1 400 000
///   a3 open best     2026-04-20     1 000 000 × 40 %     → best case 1 000 000, weighted 400 000
///   a4 open pipeline 2026-05-05     USD 1 000.00 at 7.10 = 710 000 × 10 % → pipeline 710 000, weighted 71 000
///   a5 open commit   2026-07-01     (moved out: next quarter)  → nothing
///   a6 won 2026-03-31               (closed last quarter)      → nothing
///   a7 lost 2026-05-01                                         → nothing
///   A: won 5 000 000, commit 2 000 000, best 1 000 000, pipeline 710 000, weighted 1 871 000
/// 东区 (East): rep B
///   b1 open commit   2026-05-31     3 000 000 × 75 %     → commit 3 000 000, weighted 2 250 000
///   b2 open commit   2026-05-15     EUR, no rate         → unconverted 1
/// 东区 total: won 5 000 000, commit 5 000 000, best 1 000 000, pipeline 710 000, weighted 4 121 000
/// 西区 (West): rep C
///   c1 won 2026-06-01               4 000 000            → closed won 4 000 000
///   c2 open pipeline 2026-04-01     333 333 × 10 % = 33 333.3 → pipeline 333 333, weighted 33 333
/// Organisation: won 9 000 000, commit 5 000 000, best 1 000 000, pipeline 1 043 333,
///   weighted 4 154 333, unadjusted forecast 9 000 000 + 5 000 000 = 14 000 000
/// </code>
/// </summary>
public sealed class ForecastCalculatorTests
{
    private static readonly FiscalPeriod Quarter =
        new FiscalCalendar(4).PeriodContaining(new DateOnly(2026, 5, 1), PeriodKind.Quarter);

    private static readonly Guid East = Guid.Parse("00000000-0000-7000-8000-0000000000e1");
    private static readonly Guid West = Guid.Parse("00000000-0000-7000-8000-0000000000e2");
    private static readonly Guid RepA = Guid.Parse("00000000-0000-7000-8000-0000000000a1");
    private static readonly Guid RepB = Guid.Parse("00000000-0000-7000-8000-0000000000b1");
    private static readonly Guid RepC = Guid.Parse("00000000-0000-7000-8000-0000000000c1");
    private static readonly Guid Manager = Guid.Parse("00000000-0000-7000-8000-0000000000f1");
    private static readonly Guid Unrated = Guid.Parse("00000000-0000-7000-8000-0000000000b2");

    private static readonly OpportunityFact[] Facts =
    [
        Won(RepA, East, 5_000_000, new DateOnly(2026, 5, 10)),
        Open(RepA, East, ForecastCategory.Commit, 2_000_000, 70, new DateOnly(2026, 6, 30)),
        Open(RepA, East, ForecastCategory.BestCase, 1_000_000, 40, new DateOnly(2026, 4, 20)),
        Open(RepA, East, ForecastCategory.Pipeline, 710_000, 10, new DateOnly(2026, 5, 5), "USD"),
        Open(RepA, East, ForecastCategory.Commit, 9_999_999, 90, new DateOnly(2026, 7, 1)),
        Won(RepA, East, 8_888_888, new DateOnly(2026, 3, 31)),
        Lost(RepA, East, 7_777_777, new DateOnly(2026, 5, 1)),
        Open(RepB, East, ForecastCategory.Commit, 3_000_000, 75, new DateOnly(2026, 5, 31)),
        Open(RepB, East, ForecastCategory.Commit, null, 75, new DateOnly(2026, 5, 15), "EUR", Unrated),
        Won(RepC, West, 4_000_000, new DateOnly(2026, 6, 1)),
        Open(RepC, West, ForecastCategory.Pipeline, 333_333, 10, new DateOnly(2026, 4, 1)),
    ];

    [Fact]
    public void Calculate_Rep_SumsEachCategoryOfThePeriod()
    {
        var result = ForecastCalculator.Calculate(Quarter, Facts, []);

        Assert.Equal(new ForecastFigures(5_000_000, 2_000_000, 1_000_000, 710_000, 1_871_000, 0),
            Rep(result, RepA).Figures);
    }

    [Fact]
    public void Calculate_Team_SumsItsReps()
    {
        var result = ForecastCalculator.Calculate(Quarter, Facts, []);

        Assert.Equal(new ForecastFigures(5_000_000, 5_000_000, 1_000_000, 710_000, 4_121_000, 1),
            Team(result, East).Line.Figures);
    }

    [Fact]
    public void Calculate_Organization_SumsEveryTeamAndForecastsClosedWonPlusCommit()
    {
        var result = ForecastCalculator.Calculate(Quarter, Facts, []);

        Assert.Equal(new ForecastFigures(9_000_000, 5_000_000, 1_000_000, 1_043_333, 4_154_333, 1),
            result.Organization.Figures);
        Assert.Equal(14_000_000, result.Organization.Forecast);
    }

    [Fact]
    public void Calculate_OpportunityWithoutRate_IsListedWithItsCurrency()
    {
        var result = ForecastCalculator.Calculate(Quarter, Facts, []);

        Assert.Equal([new UnconvertedOpportunity(Unrated, RepB, "EUR")], result.Unconverted);
        Assert.Equal(["EUR"], result.MissingRateCurrencies);
    }

    [Fact]
    public void Calculate_MonthOfTheQuarter_CountsOnlyThatMonth()
    {
        var may = new FiscalCalendar(4).PeriodContaining(new DateOnly(2026, 5, 1), PeriodKind.Month);

        var result = ForecastCalculator.Calculate(may, Facts, []);

        // May: a1 won 5 000 000; a4 pipeline 710 000; b1 commit 3 000 000; b2 unconverted.
        Assert.Equal(new ForecastFigures(5_000_000, 3_000_000, 0, 710_000, 71_000 + 2_250_000, 1),
            result.Organization.Figures);
    }

    [Fact]
    public void Calculate_RepAdjustment_NewestRevisionRollsUpToTeamAndOrganization()
    {
        var adjustments = new[]
        {
            Adjust(ForecastSubjectKind.Rep, RepA, 1, 200_000),
            Adjust(ForecastSubjectKind.Rep, RepA, 2, 500_000),
        };

        var result = ForecastCalculator.Calculate(Quarter, Facts, adjustments);

        // A: 7 000 000 + 500 000; East: 10 000 000 + 500 000; organisation: 14 000 000 + 500 000.
        Assert.Equal((7_500_000, 10_500_000, 14_500_000),
            (Rep(result, RepA).Forecast, Team(result, East).Line.Forecast, result.Organization.Forecast));
    }

    [Fact]
    public void Calculate_TeamAdjustment_AddsToTheSumOfItsRepsAdjustedForecasts()
    {
        var adjustments = new[]
        {
            Adjust(ForecastSubjectKind.Rep, RepA, 1, 500_000),
            Adjust(ForecastSubjectKind.Team, East, 1, -1_000_000),
        };

        var team = Team(ForecastCalculator.Calculate(Quarter, Facts, adjustments), East).Line;

        // East: 10 000 000 + 500 000 (A) − 1 000 000 (the team's own) = 9 500 000.
        Assert.Equal((-1_000_000, -500_000, 9_500_000), (team.OwnAdjustment, team.Adjustment, team.Forecast));
    }

    [Fact]
    public void Calculate_AdjustmentOfAnotherPeriod_IsIgnored()
    {
        var other = new ForecastAdjustment(Guid.CreateVersion7(), ForecastSubjectKind.Rep, RepC, "FY2026-Q2", 1,
            900_000, "下季度", Manager, FactBuilder.Created);

        var result = ForecastCalculator.Calculate(Quarter, Facts, [other]);

        Assert.Equal(4_000_000, Rep(result, RepC).Forecast);
    }

    [Fact]
    public void Calculate_RepWithoutFactsButListed_GetsAZeroLineInTheirTeam()
    {
        var idle = Guid.CreateVersion7();

        var result = ForecastCalculator.Calculate(Quarter, Facts, [], new Dictionary<Guid, Guid?> { [idle] = West });

        Assert.Equal(ForecastFigures.Zero, Team(result, West).Reps.Single(r => r.SubjectId == idle).Figures);
    }

    [Fact]
    public void Calculate_RepInNoTeam_IsGroupedLastUnderANullTeam()
    {
        var loner = Guid.CreateVersion7();
        var facts = Facts.Append(Won(loner, null, 1_000, new DateOnly(2026, 4, 2)));

        var result = ForecastCalculator.Calculate(Quarter, facts, []);

        Assert.Equal((null, 1_000), (result.Teams[^1].TeamId, result.Teams[^1].Line.Figures.ClosedWon));
    }

    private static ForecastAdjustment Adjust(ForecastSubjectKind kind, Guid subject, int revision, long delta) =>
        new(Guid.CreateVersion7(), kind, subject, Quarter.Key, revision, delta, "客户预算已批", Manager,
            FactBuilder.Created.AddHours(revision));

    private static TeamForecast Team(ForecastResult result, Guid team) => result.Teams.Single(t => t.TeamId == team);

    private static ForecastLine Rep(ForecastResult result, Guid rep) =>
        result.Teams.SelectMany(t => t.Reps).Single(r => r.SubjectId == rep);
}
