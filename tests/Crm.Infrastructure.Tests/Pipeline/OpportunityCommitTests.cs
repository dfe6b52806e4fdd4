using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>Events of opportunity changes reach the live bus only after their transaction commits.</summary>
public sealed class OpportunityCommitTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RollbackAsync_CreateAndMoveInsideTheTransaction_BroadcastsAndKeepsNothing(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var opportunity = NewOpportunity(world, host.Now);
        await using (var db = await host.OpenAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Token);
            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync(Token);
            opportunity.MoveTo(world.Propose, world.EastRep, host.Now);
            await db.SaveChangesAsync(Token);

            await transaction.RollbackAsync(Token);
        }

        Assert.Empty(host.Bus.PublishedFor(opportunity.Id));
        Assert.Equal(0, await CountAsync(host, db => db.StageChanges.CountAsync(
            c => c.OpportunityId == opportunity.Id, Token)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_Committed_PublishesTheMoveWithTheSavedVersion(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();

        var version = await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);

        var moved = Assert.IsType<OpportunityStageChanged>(host.Bus.PublishedFor(id)[^1]);
        Assert.Equal((version, world.Qualify.Id, world.Propose.Id, world.EastRep),
            (moved.Version, moved.FromStageId, moved.ToStageId, moved.OwnerId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_ToWonWithoutReason_SavesAndPublishesNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        var published = host.Bus.PublishedFor(id).Count;

        await Assert.ThrowsAsync<DomainException>(
            () => world.Opportunities.MoveToStageAsync(id, 1, world.Pipeline.WonStage.Id, null, Token));

        Assert.Equal(published, host.Bus.PublishedFor(id).Count);
        Assert.Equal(1, (await host.ReloadAsync<Opportunity>(id)).Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AddLineAsync_OnlyALineChanges_BumpsTheVersionAndPublishesIt(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();

        var training = new Infrastructure.Pipeline.LineInput(null, "培训", 2, 800m);

        var version = await world.Opportunities.AddLineAsync(id, 1, training, Token);

        Assert.Equal(2, version);
        Assert.Equal(2, Assert.IsType<OpportunityChanged>(host.Bus.PublishedFor(id)[^1]).Version);
    }

    private static Opportunity NewOpportunity(PipelineWorld world, DateTime at) =>
        Opportunity.Create(
            Guid.CreateVersion7(), new OpportunityDetails("回滚测试", null, new DateOnly(2026, 6, 30)), world.EastAccount,
            world.EastRep, world.Qualify, new Money(100, "CNY"), world.EastRep, at);

    private static async Task<T> CountAsync<T>(CrmTestHost host, Func<CrmDbContext, Task<T>> query)
    {
        await using var db = await host.OpenAsync();

        return await query(db);
    }
}
