using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>Reps work their team's opportunities, managers their teams', support and marketing none.</summary>
public sealed class OpportunityVisibilityTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_RepOfAnotherTeam_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        world.SignInAsWestRep();

        await Assert.ThrowsAsync<NotFoundException>(() => world.Opportunities.GetAsync(id, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_RepOfAnotherTeam_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        world.SignInAsWestRep();

        await Assert.ThrowsAsync<NotFoundException>(
            () => world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_Teammate_SavesTheChange(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        world.SignInAsEastTeammate();
        var view = await world.Opportunities.GetAsync(id, Token);

        var version = await world.Opportunities.UpdateAsync(
            id, view.Version, OpportunityConflictTests.Edit(view, "MES 二期", 120_000m), Token);

        Assert.Equal(2, version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_ManagerOfTheEastTeam_SeesEastButNotWest(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await world.CreateAsync("东区单");
        world.SignInAsWestRep();
        await world.CreateAsync("西区单", accountId: world.WestAccount);
        world.SignInAsEastManager();

        var page = await world.Opportunities.SearchAsync(new OpportunityQuery(PipelineId: world.Pipeline.Id), Token);

        Assert.Equal(["东区单"], page.Items.Select(o => o.Name));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_SupportAgent_SeesNone(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await world.CreateAsync();
        world.SignInAsAgent();

        var page = await world.Opportunities.SearchAsync(new OpportunityQuery(PipelineId: world.Pipeline.Id), Token);

        Assert.Equal(0, page.TotalCount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListForAccountAsync_SupportAgentOnAVisibleAccount_IsEmpty(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await world.CreateAsync();
        world.SignInAsAgent();

        Assert.Empty(await world.Opportunities.ListForAccountAsync(world.EastAccount, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_SupportAgent_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        world.SignInAsAgent();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.CreateAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_OnAnotherTeamsAccount_ThrowsAccountNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);

        var error = await Assert.ThrowsAsync<DomainException>(() => world.CreateAsync(accountId: world.WestAccount));

        Assert.Equal(("Account.not-found", "Account"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_ForAnOwnerOutsideTheTeam_ThrowsOwnerInvalid(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);

        var error = await Assert.ThrowsAsync<DomainException>(() => world.CreateAsync(ownerId: world.WestRep));

        Assert.Equal("Owner.invalid", error.Code);
    }
}
