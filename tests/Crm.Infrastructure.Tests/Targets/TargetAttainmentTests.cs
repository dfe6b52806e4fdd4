using Crm.Domain.Activities;
using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Targets;

// April 2026 on Friday the 10th: 8 of its 22 weekdays have passed, pace 8/22.
// Rep 1 won ¥30,000.00 and ¥12,345.67 (4,234,567) and has ¥40,000.00 at 50% expected on the
// 28th (2,000,000 weighted); rep 2 won ¥20,000.00. Rep 1's target is ¥100,000.00, rep 2's
// ¥50,000.00, the team has none: its target is their sum, 15,000,000, and it won 6,234,567.
public sealed class TargetAttainmentTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_Rep_AttainmentGapAndCoverage(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);

        var rep = Rep(await world.Service.AttainmentAsync("2026-04", Token), world.Rep1.Id);

        // 4,234,567 ÷ 10,000,000; gap 5,765,433; coverage 2,000,000 ÷ 5,765,433.
        var progress = rep.Of(TargetMeasure.WonAmount).Progress!;
        Assert.Equal((0.4234567m, 5_765_433L, 2_000_000m / 5_765_433m),
            (progress.Attainment, progress.Gap, progress.Coverage));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_Period_PaceIsTheShareOfWorkingDaysPassed(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);

        var attainment = await world.Service.AttainmentAsync("2026-04", Token);

        Assert.Equal((8m / 22m, true), (attainment.Pace, Rep(attainment, world.Rep2.Id).Of(TargetMeasure.WonAmount)
            .Progress!.IsOnPace));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_TeamWithoutATarget_MeasuresAgainstTheSumOfItsReps(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);

        var team = Team(await world.Service.AttainmentAsync("2026-04", Token), world.Team.Id)
            .Of(TargetMeasure.WonAmount);

        // 6,234,567 ÷ 15,000,000 = 0.4156378.
        Assert.Equal((15_000_000L, true, 0.4156378m), (team.Target, team.FromReps, team.Progress!.Attainment));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_TeamTarget_IsUsedInsteadOfTheReps(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);
        await world.Service.SetAsync(new TargetInput(
            "2026-04", TargetSubject.Team(world.Team.Id), TargetMeasure.WonAmount, 125_000m, 0), Token);

        var team = Team(await world.Service.AttainmentAsync("2026-04", Token), world.Team.Id)
            .Of(TargetMeasure.WonAmount);

        // 6,234,567 ÷ 12,500,000 = 0.49876536.
        Assert.Equal((false, 0.49876536m), (team.FromReps, team.Progress!.Attainment));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_Activities_CountInteractionsOnTheirShanghaiDay(DatabaseProvider provider)
    {
        // Rep 1: a call at 00:30 on 1 April in Shanghai (16:30 UTC the day before) and an email
        // count; an unanswered call, a note and a call at 23:59 on 31 March in Shanghai do not.
        await using var world = await ArrangeAsync(provider);
        await world.LogAsync(world.Rep1.Id, new DateTime(2026, 3, 31, 16, 30, 0, DateTimeKind.Utc));
        await world.LogAsync(world.Rep1.Id, new DateTime(2026, 4, 9, 2, 0, 0, DateTimeKind.Utc), ActivityKind.Email);
        await world.LogAsync(world.Rep1.Id, new DateTime(2026, 4, 2, 2, 0, 0, DateTimeKind.Utc),
            outcome: ActivityOutcome.NoAnswer);
        await world.LogAsync(world.Rep1.Id, new DateTime(2026, 4, 3, 2, 0, 0, DateTimeKind.Utc), ActivityKind.Note);
        await world.LogAsync(world.Rep1.Id, new DateTime(2026, 3, 31, 15, 59, 0, DateTimeKind.Utc));

        var rep = Rep(await world.Service.AttainmentAsync("2026-04", Token), world.Rep1.Id);

        var activities = rep.Of(TargetMeasure.ActivityCount);
        Assert.Equal((2L, 0.5m), (activities.Actual, activities.Progress!.Attainment));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_TeamActivities_AreThoseOfItsMembers(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);
        await world.LogAsync(world.Rep1.Id, new DateTime(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc));
        await world.LogAsync(world.Rep2.Id, new DateTime(2026, 4, 7, 2, 0, 0, DateTimeKind.Utc), ActivityKind.Meeting);
        await world.LogAsync(world.OtherRep.Id, new DateTime(2026, 4, 7, 2, 0, 0, DateTimeKind.Utc));

        var team = Team(await world.Service.AttainmentAsync("2026-04", Token), world.Team.Id);

        Assert.Equal(2L, team.Of(TargetMeasure.ActivityCount).Actual);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_Rep_SeesOwnFiguresOnlyAndNoOrganisation(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);
        world.SignInAs(world.Rep2, Roles.SalesRep);

        var attainment = await world.Service.AttainmentAsync("2026-04", Token);

        var team = Assert.Single(attainment.Teams);
        Assert.Equal((null, null, 0.4m), (attainment.Organization, team.Team,
            Assert.Single(team.Reps).Of(TargetMeasure.WonAmount).Progress!.Attainment));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_NoTarget_ShowsTheActualWithoutProgress(DatabaseProvider provider)
    {
        await using var world = await ArrangeAsync(provider);

        var rep = Rep(await world.Service.AttainmentAsync("2026-04", Token), world.Rep2.Id);

        var count = rep.Of(TargetMeasure.WonCount);
        Assert.Equal((1L, (long?)null, (TargetProgress?)null), (count.Actual, count.Target, count.Progress));
    }

    private async Task<TargetWorld> ArrangeAsync(DatabaseProvider provider)
    {
        var world = await TargetWorld.StartAsync(databases, provider);
        var (team, rep1, rep2) = (world.Team.Id, world.Rep1.Id, world.Rep2.Id);
        world.Facts.Add(
            FixtureFacts.Won(rep1, team, 3_000_000, new DateOnly(2026, 4, 3)),
            FixtureFacts.Won(rep1, team, 1_234_567, new DateOnly(2026, 4, 9)),
            FixtureFacts.Open(rep1, team, 4_000_000, 50, new DateOnly(2026, 4, 28)),
            FixtureFacts.Won(rep2, team, 2_000_000, new DateOnly(2026, 4, 8)),
            FixtureFacts.Won(world.OtherRep.Id, world.OtherTeam.Id, 9_000_000, new DateOnly(2026, 4, 2)));
        await SetAsync(world, rep1, TargetMeasure.WonAmount, 100_000m);
        await SetAsync(world, rep1, TargetMeasure.ActivityCount, 4);
        await SetAsync(world, rep2, TargetMeasure.WonAmount, 50_000m);

        return world;
    }

    private static Task SetAsync(TargetWorld world, Guid repId, TargetMeasure measure, decimal value) =>
        world.Service.SetAsync(new TargetInput("2026-04", TargetSubject.Rep(repId), measure, value, 0), Token);

    private static SubjectAttainment Rep(TargetAttainment attainment, Guid repId) =>
        attainment.Teams.SelectMany(t => t.Reps).Single(r => r.Subject?.Id == repId);

    private static SubjectAttainment Team(TargetAttainment attainment, Guid teamId) =>
        attainment.Teams.Single(t => t.TeamId == teamId).Team!;
}
