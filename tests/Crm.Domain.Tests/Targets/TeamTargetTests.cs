using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;

namespace Crm.Domain.Tests.Targets;

public sealed class TeamTargetTests
{
    private static readonly FiscalPeriod April = new FiscalCalendar(1).Parse("2026-04")!;
    private static readonly Guid Team = Guid.CreateVersion7();
    private static readonly Guid Rep1 = Guid.CreateVersion7();
    private static readonly Guid Rep2 = Guid.CreateVersion7();

    // Rep 1 won ¥30,000.00 (3rd) and ¥12,345.67 (9th): 4,234,567. Rep 2 won ¥20,000.00 (8th):
    // 2,000,000. Team: 6,234,567. Left out: rep 1's win of 31 March, rep 2's loss of the 7th and
    // rep 1's opportunity expected in May. Open in April: rep 2's ¥40,000.00 at 50% = 2,000,000
    // weighted, and a USD opportunity without a rate (no base amount, adds nothing).
    private static readonly OpportunityFact[] Rows =
    [
        Facts.Won(Rep1, Team, 3_000_000, new DateOnly(2026, 4, 3)),
        Facts.Won(Rep1, Team, 1_234_567, new DateOnly(2026, 4, 9)),
        Facts.Won(Rep1, Team, 500_000, new DateOnly(2026, 3, 31)),
        Facts.Won(Rep2, Team, 2_000_000, new DateOnly(2026, 4, 8)),
        Facts.Lost(Rep2, Team, 900_000, new DateOnly(2026, 4, 7)),
        Facts.Open(Rep2, Team, 4_000_000, 50, new DateOnly(2026, 4, 28)),
        Facts.Open(Rep2, Team, null, 90, new DateOnly(2026, 4, 20)),
        Facts.Open(Rep1, Team, 1_000_000, 25, new DateOnly(2026, 5, 5)),
    ];

    [Fact]
    public void FromFacts_Rep_CountsWinsClosedInThePeriodOnly()
    {
        var actuals = TargetActuals.FromFacts(Rows.Where(f => f.OwnerId == Rep1), April, 0);

        Assert.Equal((4_234_567L, 2, 0L), (actuals.WonAmount, actuals.WonCount, actuals.OpenWeighted));
    }

    [Fact]
    public void FromFacts_Team_IsTheSumOfItsReps()
    {
        var team = TargetActuals.FromFacts(Rows.Where(f => f.TeamId == Team), April, 7);
        var reps = TargetActuals.FromFacts(Rows.Where(f => f.OwnerId == Rep1), April, 3)
            .Plus(TargetActuals.FromFacts(Rows.Where(f => f.OwnerId == Rep2), April, 4));

        Assert.Equal(reps, team);
    }

    [Fact]
    public void FromFacts_Team_HasTheOpenWeightedPipelineClosingInThePeriod()
    {
        var team = TargetActuals.FromFacts(Rows.Where(f => f.TeamId == Team), April, 0);

        Assert.Equal((6_234_567L, 3, 2_000_000L), (team.WonAmount, team.WonCount, team.OpenWeighted));
    }

    [Fact]
    public void Compute_TeamTargetBelowTheSumOfReps_UsesTheTeamsOwnTarget()
    {
        // Reps ¥100,000.00 + ¥50,000.00 = ¥150,000.00; the team's own target is ¥125,000.00.
        // 6,234,567 ÷ 12,500,000 = 0.49876536; gap 6,265,433; coverage 2,000,000 ÷ 6,265,433.
        var target = TargetRollup.Team(12_500_000, [10_000_000, 5_000_000])!.Value;
        var team = TargetActuals.FromFacts(Rows.Where(f => f.TeamId == Team), April, 0);

        var progress = AttainmentCalculator.Compute(TargetMeasure.WonAmount, target, team, 0.35m);

        Assert.Equal((0.49876536m, 6_265_433L, 2_000_000m / 6_265_433m),
            (progress.Attainment, progress.Gap, progress.Coverage));
    }

    [Fact]
    public void Team_NoTeamTarget_IsTheSumOfTheRepsThatHaveOne()
    {
        Assert.Equal(15_000_000L, TargetRollup.Team(null, [10_000_000, null, 5_000_000]));
    }

    [Fact]
    public void Team_NothingSet_IsNull()
    {
        Assert.Null(TargetRollup.Team(null, [null, null]));
    }

    [Fact]
    public void Organization_IsTheSumOfTeamTargets()
    {
        Assert.Equal(20_000_000L, TargetRollup.Organization([12_500_000, null, 7_500_000]));
    }
}
