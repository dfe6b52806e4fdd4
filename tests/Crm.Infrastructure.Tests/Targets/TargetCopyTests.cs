using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Targets;

// Each test copies between periods of its own: the class shares one database per provider.
public sealed class TargetCopyTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CopyPreviousAsync_CopiesWhereNoneIsSetAndCountsWhatItSkipped(DatabaseProvider provider)
    {
        // March: rep 1 amount and count, rep 2 amount, the team's amount, the other rep's
        // activities. April already has rep 2's amount; the other rep has left since.
        // Copied: rep 1 × 2 + team = 3; skipped: rep 2; unavailable: the other rep.
        await using var world = await TargetWorld.StartAsync(databases, provider);
        await SetAsync(world, "2026-03", TargetSubject.Rep(world.Rep1.Id), TargetMeasure.WonAmount, 100_000m);
        await SetAsync(world, "2026-03", TargetSubject.Rep(world.Rep1.Id), TargetMeasure.WonCount, 10);
        await SetAsync(world, "2026-03", TargetSubject.Rep(world.Rep2.Id), TargetMeasure.WonAmount, 50_000m);
        await SetAsync(world, "2026-03", TargetSubject.Team(world.Team.Id), TargetMeasure.WonAmount, 150_000m);
        await SetAsync(world, "2026-03", TargetSubject.Rep(world.OtherRep.Id), TargetMeasure.ActivityCount, 80);
        await SetAsync(world, "2026-04", TargetSubject.Rep(world.Rep2.Id), TargetMeasure.WonAmount, 60_000m);
        await world.Host.ChangeAsync<User>(world.OtherRep.Id, (u, at) => u.Deactivate(at));

        var result = await world.Service.CopyPreviousAsync("2026-04", Token);

        Assert.Equal(new TargetCopyResult("2026-03", 3, 1, 1), result);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CopyPreviousAsync_AlreadySet_KeepsThePeriodsOwnFigure(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        await SetAsync(world, "2026-05", TargetSubject.Rep(world.Rep2.Id), TargetMeasure.WonAmount, 50_000m);
        await SetAsync(world, "2026-06", TargetSubject.Rep(world.Rep2.Id), TargetMeasure.WonAmount, 60_000m);

        await world.Service.CopyPreviousAsync("2026-06", Token);

        var sheet = await world.Service.ListAsync("2026-06", Token);
        Assert.Equal(6_000_000L, TargetSetTests.RepRow(sheet, world.Rep2.Id).Cell(TargetMeasure.WonAmount).Value);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CopyPreviousAsync_ClearedTarget_IsCopiedOver(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        var subject = TargetSubject.Rep(world.Rep1.Id);
        await SetAsync(world, "2026-07", subject, TargetMeasure.ActivityCount, 120);
        await SetAsync(world, "2026-08", subject, TargetMeasure.ActivityCount, 90);
        await world.Service.SetAsync(new TargetInput("2026-08", subject, TargetMeasure.ActivityCount, null, 1), Token);

        await world.Service.CopyPreviousAsync("2026-08", Token);

        var sheet = await world.Service.ListAsync("2026-08", Token);
        Assert.Equal(120L, TargetSetTests.RepRow(sheet, world.Rep1.Id).Cell(TargetMeasure.ActivityCount).Value);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CopyPreviousAsync_Quarter_CopiesFromThePreviousQuarter(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        await SetAsync(world, "FY2026-Q3", TargetSubject.Team(world.OtherTeam.Id), TargetMeasure.WonCount, 45);

        var result = await world.Service.CopyPreviousAsync("FY2026-Q4", Token);

        Assert.Equal(("FY2026-Q3", 1), (result.FromPeriodKey, result.Copied));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CopyPreviousAsync_SalesManager_IsForbidden(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        world.SignInAs(world.Manager, Roles.SalesManager);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Service.CopyPreviousAsync("2026-09", Token));
    }

    private static Task SetAsync(
        TargetWorld world, string period, TargetSubject subject, TargetMeasure measure, decimal value) =>
        world.Service.SetAsync(new TargetInput(period, subject, measure, value, 0), Token);
}
