using Crm.Domain.Assignment;
using Crm.Domain.Teams;

namespace Crm.Domain.Tests.Assignment;

public sealed class StrategyTests
{
    private const string Region = AssignmentFields.Region;

    private readonly AssignmentScenario _scenario = new();

    [Fact]
    public void Decide_NamedOwner_AssignsThatUserWithoutMovingCursor()
    {
        var team = _scenario.Team("华东销售一组");
        var zhang = _scenario.User("张伟", team);
        _scenario.Rule("张伟的线索", AssignmentStrategy.NamedOwner(zhang.UserId), team.Id);

        var decision = _scenario.Decide();

        Assert.Equal((AssignmentOutcome.Assigned, zhang.UserId), (decision.Outcome, decision.OwnerId));
        Assert.Null(decision.NextCursor);
    }

    [Fact]
    public void Decide_RoundRobinThreeTimes_GoesThroughMembersInOrder()
    {
        var team = _scenario.Team("华东销售一组");
        var members = new[]
        {
            _scenario.User("张伟", team), _scenario.User("李娜", team), _scenario.User("王磊", team),
        };
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var owners = Enumerable.Range(0, 3).Select(_ => _scenario.DecideAndAdvance().OwnerId).ToList();

        Assert.Equal(members.Select(m => (Guid?)m.UserId), owners);
    }

    [Fact]
    public void Decide_RoundRobinAfterLastMember_WrapsToFirst()
    {
        var team = _scenario.Team("华东销售一组");
        var first = _scenario.User("张伟", team);
        var last = _scenario.User("李娜", team);
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id)).Advance(last.UserId);

        var decision = _scenario.Decide();

        Assert.Equal(first.UserId, decision.OwnerId);
    }

    [Fact]
    public void Decide_CursorOnRemovedMember_ContinuesWithTheNextInOrder()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team);
        var removed = _scenario.User("李娜", team);
        var next = _scenario.User("王磊", team);
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id)).Advance(removed.UserId);
        _scenario.Remove(removed);

        var decision = _scenario.Decide();

        Assert.Equal(next.UserId, decision.OwnerId);
    }

    [Fact]
    public void Decide_RoundRobin_ReturnsTheOwnerAsNewCursor()
    {
        var team = _scenario.Team("华东销售一组");
        var zhang = _scenario.User("张伟", team);
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var decision = _scenario.Decide();

        Assert.Equal(zhang.UserId, decision.NextCursor);
    }

    [Fact]
    public void Decide_LeastBusy_PicksFewestOpenRecords()
    {
        var team = _scenario.Team("华南销售组");
        _scenario.User("林晓燕", team, open: 9);
        var zheng = _scenario.User("郑浩", team, open: 3);
        _scenario.User("吴婷", team, open: 5);
        _scenario.Rule("最空闲", AssignmentStrategy.LeastBusy(team.Id));

        var decision = _scenario.Decide();

        Assert.Equal(zheng.UserId, decision.OwnerId);
        Assert.Equal(AssignmentReasons.LeastBusy, decision.Reason.Code);
    }

    [Fact]
    public void Decide_LeastBusyTie_GoesToTheNextInTurn()
    {
        var team = _scenario.Team("华南销售组");
        var lin = _scenario.User("林晓燕", team, open: 2);
        var zheng = _scenario.User("郑浩", team, open: 2);
        _scenario.Rule("最空闲", AssignmentStrategy.LeastBusy(team.Id)).Advance(lin.UserId);

        var decision = _scenario.Decide();

        Assert.Equal(zheng.UserId, decision.OwnerId);
    }

    [Fact]
    public void Decide_LeastBusyTieWithoutCursor_GoesToFirstInOrder()
    {
        var team = _scenario.Team("华南销售组");
        var lin = _scenario.User("林晓燕", team, open: 2);
        _scenario.User("郑浩", team, open: 2);
        _scenario.Rule("最空闲", AssignmentStrategy.LeastBusy(team.Id));

        var decision = _scenario.Decide();

        Assert.Equal(lin.UserId, decision.OwnerId);
    }

    [Fact]
    public void Decide_TerritoryOwner_PicksUserCoveringTheRegion()
    {
        var team = _scenario.Team("大客户部");
        _scenario.User("孙悦", team, region: "华北");
        var ma = _scenario.User("马俊", team, region: "西南");
        _scenario.Rule("按地区", AssignmentStrategy.TerritoryOwner(team.Id));

        var decision = _scenario.Decide((Region, "西南"));

        Assert.Equal(ma.UserId, decision.OwnerId);
    }

    [Fact]
    public void Decide_TerritorySeveralOwners_PicksTheLeastBusy()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team, region: "华东", open: 12);
        var li = _scenario.User("李娜", team, region: "华东", open: 4);
        _scenario.Rule("按地区", AssignmentStrategy.TerritoryOwner(team.Id));

        var decision = _scenario.Decide((Region, "华东"));

        Assert.Equal(li.UserId, decision.OwnerId);
    }

    [Fact]
    public void Decide_TerritoryWithoutTeam_LooksOnlyInSalesTeams()
    {
        var support = _scenario.Team("一线支持", kind: TeamKind.Support);
        var sales = _scenario.Team("华东销售一组");
        _scenario.User("何丽", support, region: "华东");
        var zhang = _scenario.User("张伟", sales, region: "华东", open: 20);
        _scenario.Rule("按地区", AssignmentStrategy.TerritoryOwner(), sales.Id);

        var decision = _scenario.Decide((Region, "华东"));

        Assert.Equal(zhang.UserId, decision.OwnerId);
    }

    [Fact]
    public void Decide_TerritoryNobodyCoversRegion_QueuesWithThatReason()
    {
        var team = _scenario.Team("大客户部");
        _scenario.User("孙悦", team, region: "华北");
        _scenario.Rule("按地区", AssignmentStrategy.TerritoryOwner(team.Id));

        var decision = _scenario.Decide((Region, "东北"));

        Assert.Equal((AssignmentOutcome.Queued, team.Id), (decision.Outcome, decision.QueueTeamId));
        Assert.Equal(AssignmentReasons.NoTerritoryOwner, decision.Reason.Code);
    }

    [Fact]
    public void Decide_TerritoryRecordWithoutRegion_QueuesWithThatReason()
    {
        var team = _scenario.Team("大客户部");
        _scenario.User("孙悦", team, region: "华北");
        _scenario.Rule("按地区", AssignmentStrategy.TerritoryOwner(team.Id));

        var decision = _scenario.Decide();

        Assert.Equal(AssignmentReasons.NoRegion, decision.Reason.Code);
    }

    [Fact]
    public void Decide_TeamWithoutMembers_QueuesInThatTeam()
    {
        var team = _scenario.Team("新团队");
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var decision = _scenario.Decide();

        Assert.Equal((team.Id, AssignmentReasons.TeamEmpty), (decision.QueueTeamId, decision.Reason.Code));
    }

    [Fact]
    public void Decide_RoundRobin_ReasonNamesOwnerAndTeam()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team);
        _scenario.Rule("轮流", AssignmentStrategy.RoundRobin(team.Id));

        var reason = _scenario.Decide().Reason;

        Assert.Equal(["张伟", "华东销售一组"], reason.Arguments);
        Assert.Equal("张伟 is next in turn in 华东销售一组.", reason.Text);
    }
}
