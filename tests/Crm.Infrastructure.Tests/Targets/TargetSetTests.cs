using Crm.Domain.Common;
using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Targets;

public sealed class TargetSetTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_Admin_SavesTheAmountInMinorUnitsWithWhoSetIt(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        var cell = await world.Service.SetAsync(Amount(world.Rep1.Id, 123_456.78m), Token);

        Assert.Equal((12_345_678L, "CNY", "管理员"), (cell.Value, cell.Currency, cell.SetByName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_Saved_ListShowsItWithItsVersion(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        await world.Service.SetAsync(Count(world.Rep2.Id, 12, TargetMeasure.WonCount), Token);

        var sheet = await world.Service.ListAsync("2026-04", Token);

        var cell = RepRow(sheet, world.Rep2.Id).Cell(TargetMeasure.WonCount);
        Assert.Equal((12L, 1, TargetWorld.Today.UtcDateTime), (cell.Value, cell.Version, cell.SetAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_Saved_PublishesTargetChangedForThePeriod(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        await world.Service.SetAsync(Amount(world.Rep1.Id, 8_000m), Token);

        var changed = Assert.Single(world.Host.Bus.Published.OfType<TargetChanged>());
        Assert.Equal(("2026-04", world.Rep1.Id), (changed.PeriodKey, changed.SubjectId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_SalesManager_IsForbidden(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        world.SignInAs(world.Manager, Roles.SalesManager);

        await Assert.ThrowsAsync<ForbiddenException>(
            () => world.Service.SetAsync(Amount(world.Rep1.Id, 1_000m), Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_ThreeDecimals_IsRefusedAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Service.SetAsync(Amount(world.Rep1.Id, 10.005m), Token));

        var cell = RepRow(await world.Service.ListAsync("2026-04", Token), world.Rep1.Id).Cell(TargetMeasure.WonAmount);
        Assert.Equal(("Value.precision", (long?)null), (error.Code, cell.Value));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "2026-13")]
    [InlineData(DatabaseProvider.PostgreSql, "FY2026-Q5")]
    public async Task SetAsync_UnknownPeriod_IsRefusedOnThePeriod(DatabaseProvider provider, string key)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Service.SetAsync(
            new TargetInput(key, TargetSubject.Rep(world.Rep1.Id), TargetMeasure.WonCount, 3, 0), Token));

        Assert.Equal(("Period.unknown", "Period"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_DeactivatedRep_IsRefused(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        await world.Host.ChangeAsync<User>(world.Rep2.Id, (u, at) => u.Deactivate(at));

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Service.SetAsync(Amount(world.Rep2.Id, 1_000m), Token));

        Assert.Equal(("Subject.inactive", "Subject"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_SupportTeam_IsRefused(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Service.SetAsync(
            new TargetInput("2026-04", TargetSubject.Team(world.SupportTeam.Id), TargetMeasure.WonCount, 3, 0),
            Token));

        Assert.Equal("Subject.not-sales", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_UnknownRep_IsRefused(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Service.SetAsync(Amount(Guid.CreateVersion7(), 1_000m), Token));

        Assert.Equal("Subject.missing", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_ChangedSinceLoaded_IsAConflictAndKeepsTheNewerFigure(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        await world.Service.SetAsync(Amount(world.Rep1.Id, 5_000m), Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => world.Service.SetAsync(Amount(world.Rep1.Id, 6_000m), Token));

        var cell = RepRow(await world.Service.ListAsync("2026-04", Token), world.Rep1.Id).Cell(TargetMeasure.WonAmount);
        Assert.Equal(500_000L, cell.Value);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_NoValue_ClearsTheTarget(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        var set = await world.Service.SetAsync(Count(world.Rep1.Id, 40, TargetMeasure.ActivityCount), Token);

        var cleared = await world.Service.SetAsync(
            new TargetInput("2026-04", TargetSubject.Rep(world.Rep1.Id), TargetMeasure.ActivityCount, null,
                set.Version), Token);

        Assert.Equal(((long?)null, 2), (cleared.Value, cleared.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetAsync_ClearedThenSetAgain_ReusesTheRow(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        var subject = TargetSubject.Team(world.Team.Id);
        await world.Service.SetAsync(new TargetInput("FY2026-Q2", subject, TargetMeasure.WonCount, 30, 0), Token);
        await world.Service.SetAsync(new TargetInput("FY2026-Q2", subject, TargetMeasure.WonCount, null, 1), Token);

        var again = await world.Service.SetAsync(
            new TargetInput("FY2026-Q2", subject, TargetMeasure.WonCount, 35, 2), Token);

        Assert.Equal((35L, 3), (again.Value, again.Version));
    }

    private static TargetInput Amount(Guid repId, decimal value) =>
        new("2026-04", TargetSubject.Rep(repId), TargetMeasure.WonAmount, value, 0);

    private static TargetInput Count(Guid repId, decimal value, TargetMeasure measure) =>
        new("2026-04", TargetSubject.Rep(repId), measure, value, 0);

    internal static TargetRow RepRow(TargetSheet sheet, Guid repId) =>
        sheet.Teams.SelectMany(t => t.Reps).Single(r => r.Subject.Id == repId);
}
