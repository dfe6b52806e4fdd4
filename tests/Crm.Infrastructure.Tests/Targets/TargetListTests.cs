using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Targets;

public sealed class TargetListTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_Admin_SeesEverySalesTeamWithItsRowAndCanEdit(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        var sheet = await world.Service.ListAsync("2026-04", Token);

        var teams = sheet.Teams.Where(t => t.TeamId == world.Team.Id || t.TeamId == world.OtherTeam.Id).ToList();
        Assert.Equal((2, true, true), (teams.Count, teams.All(t => t.Team is not null), sheet.CanEdit));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_Admin_LeavesSupportTeamsOut(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);

        var sheet = await world.Service.ListAsync("2026-04", Token);

        Assert.DoesNotContain(sheet.Teams, t => t.TeamId == world.SupportTeam.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_SalesManager_SeesTheTeamTheyManageAndItsRepsOnly(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        world.SignInAs(world.Manager, Roles.SalesManager);

        var sheet = await world.Service.ListAsync("2026-04", Token);

        var team = Assert.Single(sheet.Teams);
        Assert.Equal((world.Team.Id, 3, false), (team.TeamId, team.Reps.Count, sheet.CanEdit));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_Rep_SeesOnlyTheirOwnRow(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        world.SignInAs(world.Rep2, Roles.SalesRep);

        var sheet = await world.Service.ListAsync("2026-04", Token);

        var team = Assert.Single(sheet.Teams);
        Assert.Equal((null, world.Rep2.Id), (team.Team, Assert.Single(team.Reps).Subject.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_DeactivatedRep_IsNotListed(DatabaseProvider provider)
    {
        await using var world = await TargetWorld.StartAsync(databases, provider);
        await world.Host.ChangeAsync<User>(world.Rep1.Id, (u, at) => u.Deactivate(at));

        var sheet = await world.Service.ListAsync("2026-04", Token);

        Assert.DoesNotContain(sheet.Teams.SelectMany(t => t.Reps), r => r.Subject.Id == world.Rep1.Id);
    }
}
