using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using static Crm.Infrastructure.Tests.Assignment.AssignmentWorld;

namespace Crm.Infrastructure.Tests.Assignment;

public sealed class AssignmentRuleServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_TwoRules_ListsThemInOrderWithConditions(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        var east = When(AssignmentFields.Region, ConditionOperator.EqualTo, "华东");

        await world.Rules.CreateAsync(RecordKind.Lead, RoundRobin("华东", team.Id, east), Token);
        await world.Rules.CreateAsync(RecordKind.Lead, RoundRobin("其余", team.Id), Token);

        var rules = await world.Rules.ListAsync(RecordKind.Lead, Token);
        Assert.Equal(["华东", "其余"], rules.Select(r => r.Name));
        Assert.Equal([east], rules[0].Conditions);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveAsync_SecondUp_BecomesFirst(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.RuleAsync("一", AssignmentStrategy.RoundRobin(team.Id));
        var second = await world.RuleAsync("二", AssignmentStrategy.RoundRobin(team.Id));

        await world.Rules.MoveAsync(second.Id, RuleMove.Up, Token);

        var rules = await world.Rules.ListAsync(RecordKind.Lead, Token);
        Assert.Equal(["二", "一"], rules.Select(r => r.Name));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveAsync_LastDown_ChangesNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.RuleAsync("一", AssignmentStrategy.RoundRobin(team.Id));
        var last = await world.RuleAsync("二", AssignmentStrategy.RoundRobin(team.Id));

        await world.Rules.MoveAsync(last.Id, RuleMove.Down, Token);

        Assert.Equal(1, (await host.ReloadAsync<AssignmentRule>(last.Id)).Revision);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_StaleRevision_ThrowsConflictAndKeepsRule(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        var rule = await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));
        await world.Rules.UpdateAsync(rule.Id, 1, RoundRobin("第一次修改", team.Id), Token);

        var failure = await Record.ExceptionAsync(
            () => world.Rules.UpdateAsync(rule.Id, 1, RoundRobin("过期的修改", team.Id), Token));

        Assert.IsType<ConcurrencyConflictException>(failure);
        Assert.Equal("第一次修改", (await host.ReloadAsync<AssignmentRule>(rule.Id)).Name);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_RuleAssignedMeanwhile_SavesTheEdit(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        var rule = await world.RuleAsync("轮流", AssignmentStrategy.RoundRobin(team.Id));
        await world.AssignAsync();

        await world.Rules.UpdateAsync(rule.Id, 1, RoundRobin("改名", team.Id), Token);

        var saved = await host.ReloadAsync<AssignmentRule>(rule.Id);
        Assert.Equal(("改名", 2), (saved.Name, saved.Revision));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetActiveAsync_Off_EngineSkipsTheRule(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        await world.UserAsync("张伟", team);
        var first = await world.RuleAsync("一", AssignmentStrategy.RoundRobin(team.Id));
        var second = await world.RuleAsync("二", AssignmentStrategy.RoundRobin(team.Id));

        await world.Rules.SetActiveAsync(first.Id, false, Token);

        Assert.Equal(second.Id, (await world.AssignAsync()).Rule?.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeleteAsync_Rule_LeavesTheList(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        var rule = await world.RuleAsync("一", AssignmentStrategy.RoundRobin(team.Id));

        await world.Rules.DeleteAsync(rule.Id, Token);

        Assert.Empty(await world.Rules.ListAsync(RecordKind.Lead, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetDefaultQueueAsync_NoRuleMatches_LeadWaitsThere(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var manager = Guid.CreateVersion7();
        var queue = await world.TeamAsync("市场与运营部", managerId: manager);

        await world.Rules.SetDefaultQueueAsync(queue.Id, Token);

        var decision = await world.AssignAsync();
        Assert.Equal((AssignmentOutcome.Queued, queue.Id, manager),
            (decision.Outcome, decision.QueueTeamId, decision.ManagerToNotifyId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_NamedOwnerInactive_ThrowsOnStrategyUser(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华东销售一组");
        var gone = await world.UserAsync("赵敏", team, active: false);
        var input = new AssignmentRuleInput("赵敏", [], StrategyKind.NamedOwner, gone.Id, null, team.Id);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Rules.CreateAsync(RecordKind.Lead, input, Token));

        Assert.Equal(("StrategyUser.inactive", "StrategyUser"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_RoundRobinTeamWithoutActiveMembers_ThrowsOnStrategyTeam(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("空团队");
        await world.UserAsync("赵敏", team, active: false);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Rules.CreateAsync(RecordKind.Lead, RoundRobin("空", team.Id), Token));

        Assert.Equal(("StrategyTeam.empty", "StrategyTeam"), (error.Code, error.Field));
    }

    [Fact]
    public async Task ListAsync_NotAnAdmin_ThrowsForbidden()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        var rules = host.Get<IAssignmentRuleService>();

        var failure = await Record.ExceptionAsync(() => rules.ListAsync(RecordKind.Lead, Token));

        Assert.IsType<ForbiddenException>(failure);
    }

    [Fact]
    public async Task PreviewAsync_NotAnAdmin_ThrowsForbidden()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);

        var failure = await Record.ExceptionAsync(() => host.Get<IAssignmentEngine>().PreviewAsync(Lead(), Token));

        Assert.IsType<ForbiddenException>(failure);
    }

    private static AssignmentRuleInput RoundRobin(string name, Guid teamId, params AssignmentCondition[] conditions) =>
        new(name, conditions, StrategyKind.RoundRobin, null, teamId, null);
}
