using Crm.Domain.Common;
using Crm.Infrastructure.FollowUps;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;

namespace Crm.Infrastructure.Tests.FollowUps;

/// <summary>Follow-up tasks about an opportunity: on its account's list and on its own.</summary>
public sealed class FollowUpRelatedRecordTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenForRecordAsync_Opportunity_ListsOnlyItsTasks(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var about = new RecordLink(RecordKind.Opportunity, await world.CreateAsync());
        await FollowUps(host).CreateAsync(Task("发送报价", host, world.EastAccount, about), Token);
        await FollowUps(host).CreateAsync(Task("续约提醒", host, world.EastAccount), Token);

        var list = await FollowUps(host).OpenForRecordAsync(world.EastAccount, about, Token);

        Assert.Equal(["发送报价"], list.Open.Select(t => t.Subject));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenForAccountAsync_TaskAboutAnOpportunity_IsListedToo(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var about = new RecordLink(RecordKind.Opportunity, await world.CreateAsync());
        var task = await FollowUps(host).CreateAsync(Task("发送报价", host, world.EastAccount, about), Token);

        var list = await FollowUps(host).OpenForAccountAsync(world.EastAccount, Token);

        Assert.Equal([task.Id], list.Open.Select(t => t.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_OpportunityWithoutItsAccount_ThrowsRelatedNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var about = new RecordLink(RecordKind.Opportunity, await world.CreateAsync());

        var error = await Assert.ThrowsAsync<DomainException>(
            () => FollowUps(host).CreateAsync(Task("发送报价", host, null, about), Token));

        Assert.Equal(("Related.not-found", "Related"), (error.Code, error.Field));
    }

    private static IFollowUpService FollowUps(CrmTestHost host) => host.Get<IFollowUpService>();

    private static FollowUpInput Task(string subject, CrmTestHost host, Guid? accountId, RecordLink? about = null) =>
        new(subject, host.Now.AddDays(1), AccountId: accountId, Related: about);
}
