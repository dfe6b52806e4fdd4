using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Teams;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Teams;

public sealed class UserDirectoryTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task LoadAsync_SavedUser_KnowsTheirTeamAndThatTheyAreActive(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var team = await host.SaveNewAsync(NewTeam());
        var user = await host.SaveNewAsync(NewUser(team.Id));

        await Directory(host).LoadAsync(Token);

        var known = await Directory(host).GetAsync(user.Id, Token);
        Assert.Equal((team.Id, true), (known?.TeamId, known?.IsActive));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Apply_UserMovedToTeam_FollowsTheMove(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (from, to) = (await host.SaveNewAsync(NewTeam()), await host.SaveNewAsync(NewTeam()));
        var user = await host.SaveNewAsync(NewUser(from.Id));
        await Directory(host).LoadAsync(Token);

        await host.ChangeAsync<User>(user.Id, (u, at) => u.MoveToTeam(to.Id, at));
        Directory(host).Apply(Assert.Single(host.Bus.PublishedFor(user.Id)));

        Assert.Equal(to.Id, (await Directory(host).GetAsync(user.Id, Token))?.TeamId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Apply_EventOlderThanTheLoadedRow_ChangesNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var (from, to) = (await host.SaveNewAsync(NewTeam()), await host.SaveNewAsync(NewTeam()));
        var user = await host.SaveNewAsync(NewUser(from.Id));
        await host.ChangeAsync<User>(user.Id, (u, at) => u.MoveToTeam(to.Id, at));
        await Directory(host).LoadAsync(Token);

        Directory(host).Apply(new UserMovedToTeam(user.Id, 1, host.Now, to.Id, from.Id));

        Assert.Equal(to.Id, (await Directory(host).GetAsync(user.Id, Token))?.TeamId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Apply_UserDeactivated_MarksThemInactive(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var user = await host.SaveNewAsync(NewUser((await host.SaveNewAsync(NewTeam())).Id));
        await Directory(host).LoadAsync(Token);

        await host.ChangeAsync<User>(user.Id, (u, at) => u.Deactivate(at));
        Directory(host).Apply(Assert.Single(host.Bus.PublishedFor(user.Id)));

        Assert.False((await Directory(host).GetAsync(user.Id, Token))?.IsActive);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_UserAddedAfterTheLoad_ReadsThemAndTheTeamsTheyManage(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        await Directory(host).LoadAsync(Token);
        var team = NewTeam();
        var manager = NewUser(team.Id);
        team.AppointManager(manager.Id);
        await host.SaveNewAsync(team);
        await host.SaveNewAsync(manager);

        var known = await Directory(host).GetAsync(manager.Id, Token);

        Assert.Equal(team.Id, known?.TeamId);
        Assert.Equal([team.Id], Directory(host).TeamsManagedBy(manager.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Apply_TeamManagerChanged_MovesTheTeamToTheNewManager(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var team = await host.SaveNewAsync(NewTeam());
        var previous = await host.SaveNewAsync(NewUser(team.Id));
        var next = await host.SaveNewAsync(NewUser(team.Id));
        await host.ChangeAsync<Team>(team.Id, (t, at) => t.ChangeManager(previous.Id, at));
        await Directory(host).LoadAsync(Token);

        await host.ChangeAsync<Team>(team.Id, (t, at) => t.ChangeManager(next.Id, at));
        Directory(host).Apply(host.Bus.PublishedFor(team.Id)[^1]);

        Assert.Empty(Directory(host).TeamsManagedBy(previous.Id));
        Assert.Equal([team.Id], Directory(host).TeamsManagedBy(next.Id));
    }

    private static UserDirectory Directory(CrmTestHost host) => host.Get<UserDirectory>();

    private static Team NewTeam() => new(Guid.CreateVersion7(), $"Team {Guid.NewGuid():N}", TeamKind.Sales, "East");

    private static User NewUser(Guid teamId)
    {
        var id = Guid.CreateVersion7();

        return new User(id, "Rep", $"{id:N}@crm.test", teamId, "Asia/Shanghai", Languages.English);
    }
}
