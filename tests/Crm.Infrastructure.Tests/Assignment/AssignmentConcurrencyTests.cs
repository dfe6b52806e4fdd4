using Crm.Domain.Assignment;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using static Crm.Infrastructure.Tests.Assignment.AssignmentWorld;

namespace Crm.Infrastructure.Tests.Assignment;

/// <summary>Two leads assigned by the same round-robin rule at once never get the same "next" user.</summary>
public sealed class AssignmentConcurrencyTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AssignAsync_TwoAtOnce_EndWithDifferentOwners(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        await world.UserAsync("李娜", team);
        await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var decisions = await Task.WhenAll(world.AssignAsync(), world.AssignAsync());

        Assert.NotEqual(decisions[0].OwnerId, decisions[1].OwnerId);
    }

    // The interleaving is forced: the other lead is assigned and committed between this one's
    // decision and its save. SQLite cannot interleave so (its transactions take the write lock
    // when they begin, so the second one waits and reads the moved cursor); the test above
    // covers it there.
    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AssignAsync_OtherCommitsBetweenDecisionAndSave_RetriesOnceAndTakesTheNextUser(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        await world.UserAsync("李娜", team);
        await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));
        var attempts = 0;
        AssignmentDecision? other = null;

        var decision = await world.AssignAsync(beforeSave: async () =>
        {
            if (++attempts == 1)
            {
                other = await world.AssignAsync();
            }
        });

        Assert.Equal(2, attempts);
        Assert.NotEqual(other?.OwnerId, decision.OwnerId);
    }
}
