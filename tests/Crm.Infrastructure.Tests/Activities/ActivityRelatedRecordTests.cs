using Crm.Domain.Common;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;

namespace Crm.Infrastructure.Tests.Activities;

/// <summary>Activities about an opportunity: on its account's timeline and on its own.</summary>
public sealed class ActivityRelatedRecordTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TimelineAsync_RelatedOpportunity_ListsOnlyItsActivities(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync("MES 二期");
        var about = new RecordLink(RecordKind.Opportunity, id);
        await Activities(host).LogAsync(world.EastAccount, null, about, Entry("报价电话", host.Now), Token);
        await Activities(host).LogAsync(world.EastAccount, null, Entry("年度回访", host.Now), Token);
        var query = new TimelineQuery(world.EastAccount, Related: about);

        var timeline = await Activities(host).TimelineAsync(query, Token);

        Assert.Equal(["报价电话"], timeline.Items.Select(i => i.Subject));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TimelineAsync_Account_StillListsTheOpportunitysActivities(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var about = new RecordLink(RecordKind.Opportunity, await world.CreateAsync());
        var entry = Entry("报价电话", host.Now);
        var logged = await Activities(host).LogAsync(world.EastAccount, null, about, entry, Token);

        var timeline = await Activities(host).TimelineAsync(new TimelineQuery(world.EastAccount), Token);

        Assert.Equal([logged.Id], timeline.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task LogAsync_OpportunityOfAnotherAccount_ThrowsRelatedNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var otherAccount = (await host.SaveNewAsync(TestRecords.Account(host.Now, "东方电气", world.EastRep))).Id;
        var about = new RecordLink(RecordKind.Opportunity, await world.CreateAsync(accountId: otherAccount));

        var error = await Assert.ThrowsAsync<DomainException>(
            () => Activities(host).LogAsync(world.EastAccount, null, about, Entry("报价电话", host.Now), Token));

        Assert.Equal(("Related.not-found", "Related"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task LogAsync_AsSupportAgentAboutAnOpportunity_ThrowsRelatedNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var about = new RecordLink(RecordKind.Opportunity, await world.CreateAsync());
        world.SignInAsAgent();

        var error = await Assert.ThrowsAsync<DomainException>(
            () => Activities(host).LogAsync(world.EastAccount, null, about, Entry("回访", host.Now), Token));

        Assert.Equal("Related.not-found", error.Code);
    }

    private static IActivityService Activities(CrmTestHost host) => host.Get<IActivityService>();

    private static Domain.Activities.ActivityEntry Entry(string subject, DateTime at) =>
        ActivityServiceTests.Entry(subject, at);
}
