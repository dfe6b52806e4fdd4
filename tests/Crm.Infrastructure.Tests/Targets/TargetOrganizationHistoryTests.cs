using Crm.Domain.Targets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Targets;

// A class of its own: the organisation adds up every sales team in the database.
public sealed class TargetOrganizationHistoryTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HistoryAsync_Organization_EveryTeamsWinsAgainstTheirTargets(DatabaseProvider provider)
    {
        // April: 3,000,000 + 9,000,000 won against 4,000,000 + 4,000,000 (the team's reps) + 10,000,000
        // (the other team's rep). March: 1,000,000 won, no target anywhere.
        await using var world = await TargetWorld.StartAsync(databases, provider);
        world.Facts.Add(
            FixtureFacts.Won(world.Rep1.Id, world.Team.Id, 1_000_000, new DateOnly(2026, 3, 31)),
            FixtureFacts.Won(world.Rep1.Id, world.Team.Id, 3_000_000, new DateOnly(2026, 4, 3)),
            FixtureFacts.Won(world.OtherRep.Id, world.OtherTeam.Id, 9_000_000, new DateOnly(2026, 4, 2)));
        await SetAsync(world, world.Rep1.Id, 40_000m);
        await SetAsync(world, world.Rep2.Id, 40_000m);
        await SetAsync(world, world.OtherRep.Id, 100_000m);

        var history = await world.Service.HistoryAsync("2026-04", null, Token);

        var (march, april) = (history.Periods[^2], history.Periods[^1]);
        Assert.Equal((1_000_000L, null, null), (march.WonAmount, march.Target, march.Attainment));
        Assert.Equal((12_000_000L, 18_000_000L, 12_000_000m / 18_000_000m),
            (april.WonAmount, april.Target, april.Attainment));
    }

    private static Task SetAsync(TargetWorld world, Guid repId, decimal amount) =>
        world.Service.SetAsync(
            new TargetInput("2026-04", TargetSubject.Rep(repId), TargetMeasure.WonAmount, amount, 0), Token);
}
