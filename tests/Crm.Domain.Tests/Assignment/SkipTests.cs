using Crm.Domain.Assignment;
using Crm.Domain.Teams;

namespace Crm.Domain.Tests.Assignment;

public sealed class SkipTests
{
    private readonly AssignmentScenario _scenario = new();

    [Theory]
    [InlineData(false, Availability.Available, 0, SkipReason.Inactive)]
    [InlineData(true, Availability.Away, 0, SkipReason.Away)]
    [InlineData(true, Availability.OnLeave, 0, SkipReason.OnLeave)]
    [InlineData(true, Availability.Offline, 0, SkipReason.Offline)]
    [InlineData(true, Availability.Available, 12, SkipReason.AtCapacity)]
    [InlineData(true, Availability.Available, 13, SkipReason.AtCapacity)]
    public void Decide_UnavailableFirstInTurn_SkipsToNextWithReason(
        bool active, Availability availability, int open, SkipReason reason)
    {
        var team = _scenario.Team("华东销售一组");
        var skipped = _scenario.User(
            "赵敏", team, availability: availability, open: open, capacity: 12, active: active);
        var next = _scenario.User("张伟", team);
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var decision = _scenario.Decide();

        Assert.Equal(next.UserId, decision.OwnerId);
        Assert.Equal(new SkippedUser(skipped.UserId, "赵敏", reason, open, 12), Assert.Single(decision.Skipped));
    }

    [Fact]
    public void Decide_CapacityZero_TakesNothing()
    {
        var team = _scenario.Team("市场与运营部");
        var admin = _scenario.User("刘洋", team, capacity: 0);
        _scenario.Rule("市场", AssignmentStrategy.NamedOwner(admin.UserId), team.Id);

        var decision = _scenario.Decide();

        Assert.Equal(SkipReason.AtCapacity, Assert.Single(decision.Skipped).Reason);
    }

    [Fact]
    public void Decide_AllSkipped_QueuesInFallbackAndNamesItsManager()
    {
        var manager = Guid.CreateVersion7();
        var team = _scenario.Team("华南销售组");
        var queue = _scenario.Team("市场与运营部", managerId: manager);
        _scenario.User("吴婷", team, availability: Availability.OnLeave);
        _scenario.User("郑浩", team, open: 30, capacity: 30);
        _scenario.Rule("华南", AssignmentStrategy.LeastBusy(team.Id), queue.Id);

        var decision = _scenario.Decide();

        Assert.Equal((AssignmentOutcome.Queued, queue.Id, manager),
            (decision.Outcome, decision.QueueTeamId, decision.ManagerToNotifyId));
        Assert.Equal(AssignmentReasons.NobodyAvailable, decision.Reason.Code);
        Assert.Equal(2, decision.Skipped.Count);
    }

    [Fact]
    public void Decide_AllSkippedNoFallback_QueuesInStrategyTeam()
    {
        var manager = Guid.CreateVersion7();
        var team = _scenario.Team("华东销售一组", managerId: manager);
        _scenario.User("赵敏", team, availability: Availability.Away);
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var decision = _scenario.Decide();

        Assert.Equal((team.Id, manager), (decision.QueueTeamId, decision.ManagerToNotifyId));
    }

    [Fact]
    public void Decide_NamedOwnerOnLeave_QueuesAndKeepsTheRule()
    {
        var team = _scenario.Team("华东销售一组");
        var zhang = _scenario.User("张伟", team, availability: Availability.OnLeave);
        var rule = _scenario.Rule("张伟的线索", AssignmentStrategy.NamedOwner(zhang.UserId), team.Id);

        var decision = _scenario.Decide();

        Assert.Equal((AssignmentOutcome.Queued, rule.Id), (decision.Outcome, decision.Rule?.Id));
    }

    [Fact]
    public void Decide_Queued_LeavesCursorWhereItWas()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("赵敏", team, availability: Availability.Away);
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id));

        Assert.Null(_scenario.Decide().NextCursor);
    }
}
