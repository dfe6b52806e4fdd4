using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>Stage administration: admins only, on the loaded version, never stranding open opportunities.</summary>
public sealed class PipelineServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RetireStageAsync_OpenOpportunitiesInTheStage_RefusesSayingHowMany(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await world.CreateAsync("一");
        await world.CreateAsync("二");
        world.SignInAsAdmin();

        var error = await Assert.ThrowsAsync<StageInUseException>(
            () => world.Pipelines.RetireStageAsync(world.Pipeline.Id, 1, world.Qualify.Id, Token));

        Assert.Equal((2, "初步接洽"), (error.OpenCount, error.StageName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RetireStageAsync_EmptyStage_HidesItUnlessRetiredAreAskedFor(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        world.SignInAsAdmin();

        await world.Pipelines.RetireStageAsync(world.Pipeline.Id, 1, world.Propose.Id, Token);

        var active = await world.Pipelines.GetAsync(world.Pipeline.Id, cancellationToken: Token);
        var all = await world.Pipelines.GetAsync(world.Pipeline.Id, includeRetired: true, Token);
        Assert.Equal(["初步接洽", "商务谈判", "赢单", "输单"], active.Stages.Select(s => s.Name));
        Assert.True(all.Stages.Single(s => s.Id == world.Propose.Id).IsRetired);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateStageAsync_OnlyAStageChanges_BumpsThePipelineVersion(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        world.SignInAsAdmin();

        var edit = new StageEdit("方案与报价", world.Propose.DefaultProbability, world.Propose.Category);

        var saved = await world.Pipelines.UpdateStageAsync(world.Pipeline.Id, 1, world.Propose.Id, edit, Token);

        Assert.Equal(2, saved.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReorderStagesAsync_StaleVersion_ThrowsConflictAndKeepsTheOrder(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        world.SignInAsAdmin();
        await world.Pipelines.UpdateStageAsync(world.Pipeline.Id, 1, world.Propose.Id, Edit(world.Propose, 45), Token);
        var reversed = new[] { world.Negotiate.Id, world.Propose.Id, world.Qualify.Id };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => world.Pipelines.ReorderStagesAsync(world.Pipeline.Id, 1, reversed, Token));

        var saved = await world.Pipelines.GetAsync(world.Pipeline.Id, cancellationToken: Token);
        Assert.Equal("初步接洽", saved.Stages[0].Name);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateStageAsync_OpportunityWithoutOverride_FollowsTheNewDefault(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        world.SignInAsAdmin();

        await world.Pipelines.UpdateStageAsync(world.Pipeline.Id, 1, world.Qualify.Id, Edit(world.Qualify, 15), Token);

        Assert.Equal(15, (await world.Opportunities.GetAsync(id, Token)).Probability);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AddStageAsync_SalesManager_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        world.SignInAsEastManager();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Pipelines.AddStageAsync(
            world.Pipeline.Id, 1, new NewStage("合同审批", 90, ForecastCategory.Commit), Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_NameOfAnExistingPipelineInOtherCase_ThrowsNameTaken(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        world.SignInAsAdmin();
        var name = $"Renewals {Guid.NewGuid():N}";
        await world.Pipelines.CreateAsync(Renewals(name), Token);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Pipelines.CreateAsync(Renewals(name.ToUpperInvariant()), Token));

        Assert.Equal("Name.taken", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RestoreAsync_StageRetiredWhileDeleted_MovesToTheFirstOpenStage(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        var version = await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);
        await world.Opportunities.DeleteAsync(id, version, Token);
        world.SignInAsAdmin();
        await world.Pipelines.RetireStageAsync(world.Pipeline.Id, 1, world.Propose.Id, Token);
        world.SignInAsEastRep();

        await world.Opportunities.RestoreAsync(id, Token);

        var restored = await world.Opportunities.GetAsync(id, Token);
        Assert.Equal((world.Qualify.Id, 3), (restored.StageId, restored.History.Count));
    }

    private static StageEdit Edit(Stage stage, int probability) => new(stage.Name, probability, stage.Category);

    private static NewPipeline Renewals(string name) =>
        new(name, [new NewStage("续约洽谈", 50, ForecastCategory.BestCase)], "续约成功", "流失");
}
