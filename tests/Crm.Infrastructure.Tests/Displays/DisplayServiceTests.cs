using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>Setting wall displays up: who may, what a kiosk token opens, and what screens hear.</summary>
public sealed class DisplayServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_LeadOfTheTeam_TokenOpensTheDisplayInTheOrganisationsZone(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();

        var address = await displays.CreateAsync(Service(world.FirstLine, world.TechQueue), Ct);

        var screen = await host.Get<IDisplayDirectory>().FindAsync(address.Token, Ct);
        Assert.Equal(("一线大屏", world.TechQueue), (screen?.Name, screen?.QueueId));
        Assert.Equal("Asia/Shanghai", screen?.Zone.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_SalesRep_IsForbidden(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsRep();

        await Assert.ThrowsAsync<ForbiddenException>(() => displays.CreateAsync(Service(world.FirstLine), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_LeadForAnotherTeam_IsNotFound(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();

        await Assert.ThrowsAsync<NotFoundException>(() => displays.CreateAsync(Service(world.SecondLine), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_QueueOfAnotherTeam_IsNotFoundAndNothingIsSaved(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsAdmin();

        await Assert.ThrowsAsync<NotFoundException>(
            () => displays.CreateAsync(Service(world.FirstLine, world.BillingQueue), Ct));

        world.SignInAsLead();
        Assert.Empty(await displays.ListAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_SalesManager_SalesDisplayOfTheirTeamIsListed(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        host.Actor.SignIn(world.Rep, Roles.SalesManager);
        var team = await TeamOfAsync(host, world.Rep);

        await displays.CreateAsync(Sales(team), Ct);

        var row = Assert.Single(await displays.ListAsync(Ct));
        Assert.Equal((DisplayKind.Sales, true), (row.Kind, row.IsLive));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_LeadOfAnotherTeam_SeesNone(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsAdmin();
        await displays.CreateAsync(Service(world.SecondLine), Ct);
        world.SignInAsLead();

        Assert.Empty(await displays.ListAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RevokeAsync_ShowingScreen_HearsAndTheTokenOpensNothing(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        var address = await displays.CreateAsync(Service(world.FirstLine), Ct);
        var heard = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listening = host.Get<IDisplayDirectory>().Subscribe(id => heard.TrySetResult(id));

        await displays.RevokeAsync(address.Id, address.Version, Ct);

        Assert.Equal(address.Id, await heard.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Null(await host.Get<IDisplayDirectory>().FindAsync(address.Token, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RotateTokenAsync_Revoked_NewTokenOpensItAndTheOldOneNothing(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        var first = await displays.CreateAsync(Service(world.FirstLine), Ct);
        await displays.RevokeAsync(first.Id, first.Version, Ct);

        var second = await displays.RotateTokenAsync(first.Id, first.Version + 1, Ct);

        var directory = host.Get<IDisplayDirectory>();
        Assert.Null(await directory.FindAsync(first.Token, Ct));
        Assert.Equal(first.Id, (await directory.FindAsync(second.Token, Ct))?.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_StaleVersion_ThrowsConflictAndKeepsTheName(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        var address = await displays.CreateAsync(Service(world.FirstLine), Ct);
        var renamed = Service(world.FirstLine) with { Name = "新名字" };
        await displays.UpdateAsync(address.Id, address.Version, renamed, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => displays.UpdateAsync(
            address.Id, address.Version, Service(world.FirstLine) with { Name = "旧版本" }, Ct));

        Assert.Equal("新名字", (await displays.GetAsync(address.Id, Ct)).Settings.Name);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeleteAsync_TokenOpensNothingAndTheListForgetsIt(DatabaseProvider provider)
    {
        var (host, world, displays) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsLead();
        var address = await displays.CreateAsync(Service(world.FirstLine), Ct);

        await displays.DeleteAsync(address.Id, address.Version, Ct);

        Assert.Null(await host.Get<IDisplayDirectory>().FindAsync(address.Token, Ct));
        Assert.Empty(await displays.ListAsync(Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("../../etc/passwd")]
    public async Task FindAsync_MalformedToken_OpensNothing(string token)
    {
        var (host, _, _) = await StartAsync(DatabaseProvider.Sqlite);
        await using var __ = host;

        Assert.Null(await host.Get<IDisplayDirectory>().FindAsync(token, Ct));
    }

    private static DisplaySettings Service(Guid teamId, Guid? queueId = null) => new(
        "一线大屏", DisplayKind.Service, teamId,
        [new DisplayPage("队列", [DisplayPanel.Queue, DisplayPanel.AtRisk])], Languages.Chinese)
    {
        QueueId = queueId,
    };

    private static DisplaySettings Sales(Guid teamId) => new(
        "销售大屏", DisplayKind.Sales, teamId,
        [new DisplayPage(null, [.. DisplayPanels.Sales])], Languages.English);

    private static async Task<Guid> TeamOfAsync(CrmTestHost host, Guid userId)
    {
        await using var db = await host.OpenAsync();

        return await db.CrmUsers.Where(u => u.Id == userId).Select(u => u.TeamId).SingleAsync(Ct);
    }

    private async Task<(CrmTestHost Host, TicketWorld World, IDisplayService Displays)> StartAsync(
        DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await TicketWorld.CreateAsync(host), host.Get<IDisplayService>());
    }
}
