using System.Net;
using Crm.Infrastructure.Admin;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Live;

/// <summary>Changes to what a user may see close their open hub connections at once.</summary>
public sealed class LiveAccessTests(LiveWorld world) : IClassFixture<LiveWorld>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeactivateAsync_ConnectedUser_ClosesTheirConnection()
    {
        var leaver = await world.NewRepAsync("leaver");
        await using var client = await world.ConnectAsync(leaver);

        await AdministerAsync((admin, version) => admin.DeactivateAsync(leaver.Id, version, Token), leaver);

        await client.Closed;
        Assert.Equal(HubConnectionState.Disconnected, client.Connection.State);
    }

    [Fact]
    public async Task StartAsync_DeactivatedUsersCookie_IsRefused()
    {
        var leaver = await world.NewRepAsync("gone");
        await AdministerAsync((admin, version) => admin.DeactivateAsync(leaver.Id, version, Token), leaver);
        await using var connection = LiveClient.Build(world.BaseUrl, leaver.Cookies);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(Token));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task UpdateUserAsync_MovedToAnotherTeam_ClosesTheConnection()
    {
        var mover = await world.NewRepAsync("mover");
        await using var client = await world.ConnectAsync(mover);

        await MoveAsync(mover, world.SouthRep.TeamId);

        await client.Closed;
        Assert.Equal(HubConnectionState.Disconnected, client.Connection.State);
    }

    [Fact]
    public async Task Reconnect_AfterAMove_ReceivesTheNewTeamsChanges()
    {
        var mover = await world.NewRepAsync("newcomer");
        await using (var before = await world.ConnectAsync(mover))
        {
            await MoveAsync(mover, world.SouthRep.TeamId);
            await before.Closed;
        }

        await using var client = await world.ConnectAsync(mover);
        var south = await world.CreateOpportunityAsync(world.SouthRep, world.SouthAccount);

        Assert.Equal("opportunity.created", (await client.NextAboutAsync(south)).Name);
    }

    private Task MoveAsync(Person person, Guid teamId) => AdministerAsync(async (admin, version) =>
    {
        var row = await admin.GetUserAsync(person.Id, Token);
        var changes = new UserChanges(row.DisplayName, teamId, row.Roles, row.Availability, row.CapacityLimit,
            row.Region, row.TimeZone, row.Language);
        await admin.UpdateUserAsync(person.Id, version, changes, Token);
    }, person);

    /// <summary>Makes <paramref name="change"/> as the admin, on the saved version of the subject.</summary>
    private Task AdministerAsync(Func<IUserAdminService, int, Task> change, Person subject) =>
        world.AsAsync(world.Admin, async services =>
        {
            var admin = services.GetRequiredService<IUserAdminService>();
            await change(admin, (await admin.GetUserAsync(subject.Id, Token)).Version);

            return true;
        });
}
