using Crm.Domain.Targets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Targets;

// A class of its own: the organisation adds up every sales team in the database.
public sealed class TargetOrganizationTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttainmentAsync_Admin_OrganisationAddsUpTheTeams(DatabaseProvider provider)
    {
        // Team target 10 wins, the other team's reps 4 + nothing: organisation 14. Wins: 2 + 1 = 3.
        await using var world = await TargetWorld.StartAsync(databases, provider);
        world.Facts.Add(
            FixtureFacts.Won(world.Rep1.Id, world.Team.Id, 100, new DateOnly(2026, 4, 1)),
            FixtureFacts.Won(world.Rep2.Id, world.Team.Id, 100, new DateOnly(2026, 4, 2)),
            FixtureFacts.Won(world.OtherRep.Id, world.OtherTeam.Id, 100, new DateOnly(2026, 4, 3)));
        await world.Service.SetAsync(new TargetInput(
            "2026-04", TargetSubject.Team(world.Team.Id), TargetMeasure.WonCount, 10, 0), Token);
        await world.Service.SetAsync(new TargetInput(
            "2026-04", TargetSubject.Rep(world.OtherRep.Id), TargetMeasure.WonCount, 4, 0), Token);

        var organisation = (await world.Service.AttainmentAsync("2026-04", Token)).Organization!;

        var wins = organisation.Of(TargetMeasure.WonCount);
        Assert.Equal((14L, 3L, 11L), (wins.Target, wins.Actual, wins.Progress!.Gap));
    }
}
