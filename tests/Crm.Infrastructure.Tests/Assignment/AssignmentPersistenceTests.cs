using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;
using static Crm.Infrastructure.Tests.Assignment.AssignmentWorld;

namespace Crm.Infrastructure.Tests.Assignment;

public sealed class AssignmentPersistenceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Save_RuleWithConditionsAndStrategy_ReadsBackExactly(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        var queue = await world.TeamAsync("市场与运营部");
        var conditions = new[]
        {
            When(AssignmentFields.Region, ConditionOperator.OneOf, "华东", "上海 浦东"),
            When(AssignmentFields.CompanySize, ConditionOperator.AtLeast, "From1001To5000"),
            When(AssignmentFields.Industry, ConditionOperator.EqualTo, "Manufacturing"),
        };
        var rule = await world.RuleAsync("华东制造业", AssignmentStrategy.LeastBusy(team.Id), queue.Id, conditions);

        var saved = await host.ReloadAsync<AssignmentRule>(rule.Id);

        Assert.Equal(conditions, saved.Conditions);
        Assert.Equal(
            (AssignmentStrategy.LeastBusy(team.Id), queue.Id), (saved.Strategy, saved.FallbackQueueTeamId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DecideAsync_CallerCommits_SavesCursorWithTheRecord(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        var rule = await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var decision = await world.AssignAsync();

        var saved = await host.ReloadAsync<AssignmentRule>(rule.Id);
        Assert.Equal((decision.OwnerId, 2, 1), (saved.LastAssignedUserId, saved.Version, saved.Revision));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DecideAsync_CallerRollsBack_LeavesCursorUnchanged(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        var rule = await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));

        await using (var db = await host.OpenAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Token);
            await world.Engine.DecideAsync(db, Lead(), Token);
            await db.SaveChangesAsync(Token);
            await transaction.RollbackAsync(Token);
        }

        var saved = await host.ReloadAsync<AssignmentRule>(rule.Id);
        Assert.Equal((null, 1), (saved.LastAssignedUserId, saved.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DecideAsync_WithoutSave_LeavesTheCursorToTheCaller(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        var zhang = await world.UserAsync("张伟", team);
        var rule = await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));
        await using var db = await host.OpenAsync();

        await world.Engine.DecideAsync(db, Lead(), Token);

        var tracked = db.ChangeTracker.Entries<AssignmentRule>().Single(e => e.Entity.Id == rule.Id);
        Assert.Equal((EntityState.Modified, zhang.Id), (tracked.State, tracked.Entity.LastAssignedUserId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PreviewAsync_AfterPreview_RuleAndOutboxUnchanged(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        var rule = await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));
        var outbox = await CountOutboxAsync(host);

        var preview = await world.Engine.PreviewAsync(Lead(), Token);

        var saved = await host.ReloadAsync<AssignmentRule>(rule.Id);
        Assert.Equal(AssignmentOutcome.Assigned, preview.Decision.Outcome);
        Assert.Equal((null, 1, outbox), (saved.LastAssignedUserId, saved.Version, await CountOutboxAsync(host)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DecideAsync_TwoLeadsInTurn_GoToBothMembers(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        var zhang = await world.UserAsync("张伟", team);
        var li = await world.UserAsync("李娜", team);
        await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var first = await world.AssignAsync();
        var second = await world.AssignAsync();

        Assert.Equal(new HashSet<Guid?> { zhang.Id, li.Id }, new HashSet<Guid?> { first.OwnerId, second.OwnerId });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DecideAsync_TerritoryOwner_FindsTheUserByRegionIgnoringCase(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("Key Accounts");
        await world.UserAsync("Sun Yue", team, region: "North China");
        var owner = await world.UserAsync("Ma Jun", team, region: "Southwest");
        await world.RuleAsync("By territory", AssignmentStrategy.TerritoryOwner(team.Id));

        var decision = await world.AssignAsync(Lead((AssignmentFields.Region, "SOUTHWEST")));

        Assert.Equal(owner.Id, decision.OwnerId);
    }

    private static async Task<int> CountOutboxAsync(CrmTestHost host)
    {
        await using var db = await host.OpenAsync();

        return await db.Outbox.CountAsync(Token);
    }
}
