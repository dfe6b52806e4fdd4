using Crm.Domain.Assignment;
using static Crm.Domain.Tests.Assignment.AssignmentScenario;

namespace Crm.Domain.Tests.Assignment;

public sealed class RuleOrderTests
{
    private const string Region = AssignmentFields.Region;
    private const string Industry = AssignmentFields.Industry;

    private readonly AssignmentScenario _scenario = new();

    [Fact]
    public void Decide_TwoRulesMatch_FirstInOrderDecides()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team);
        var first = _scenario.Rule("华东", AssignmentStrategy.RoundRobin(team.Id), null, EastChina());
        _scenario.Rule("其余", AssignmentStrategy.RoundRobin(team.Id));

        var decision = _scenario.Decide((Region, "华东"));

        Assert.Equal(new DecidingRule(first.Id, "华东"), decision.Rule);
    }

    [Fact]
    public void Decide_FirstRuleFails_NextMatchingRuleDecides()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team);
        _scenario.Rule("华东", AssignmentStrategy.RoundRobin(team.Id), null, EastChina());
        var catchAll = _scenario.Rule("其余", AssignmentStrategy.RoundRobin(team.Id));

        var decision = _scenario.Decide((Region, "华南"));

        Assert.Equal(catchAll.Id, decision.Rule?.Id);
    }

    [Fact]
    public void Decide_LowerPositionAddedLater_DecidesFirst()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team);
        var later = _scenario.Rule("后加", AssignmentStrategy.RoundRobin(team.Id));
        _scenario.Rule("先加", AssignmentStrategy.RoundRobin(team.Id)).MoveTo(5, At);
        later.MoveTo(1, At);

        var decision = _scenario.Decide();

        Assert.Equal(later.Id, decision.Rule?.Id);
    }

    [Fact]
    public void Decide_MatchingRuleInactive_IsIgnored()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team);
        _scenario.Rule("华东", AssignmentStrategy.RoundRobin(team.Id), null, EastChina()).Deactivate(At);
        var catchAll = _scenario.Rule("其余", AssignmentStrategy.RoundRobin(team.Id));

        var decision = _scenario.Decide((Region, "华东"));

        Assert.Equal(catchAll.Id, decision.Rule?.Id);
    }

    [Fact]
    public void Decide_NoRuleMatches_QueuesInDefaultQueueWithItsManager()
    {
        var manager = Guid.CreateVersion7();
        var team = _scenario.Team("华东销售一组");
        var queue = _scenario.Team("市场与运营部", managerId: manager);
        _scenario.DefaultQueueTeamId = queue.Id;
        _scenario.Rule("华东", AssignmentStrategy.RoundRobin(team.Id), null, EastChina());

        var decision = _scenario.Decide((Region, "西北"));

        Assert.Equal((AssignmentOutcome.Queued, queue.Id, manager),
            (decision.Outcome, decision.QueueTeamId, decision.ManagerToNotifyId));
        Assert.Equal((AssignmentReasons.NoRuleMatched, null), (decision.Reason.Code, decision.Rule));
    }

    [Fact]
    public void Decide_NoRuleMatchesAndNoDefaultQueue_IsUnrouted()
    {
        var decision = _scenario.Decide((Region, "西北"));

        Assert.Equal(
            (AssignmentOutcome.Unrouted, null, null), (decision.Outcome, decision.OwnerId, decision.QueueTeamId));
    }

    [Fact]
    public void Decide_SameInputTwice_GivesTheSameDecision()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team, open: 3);
        _scenario.User("李娜", team, open: 3);
        _scenario.Rule("最空闲", AssignmentStrategy.LeastBusy(team.Id));

        var first = _scenario.Decide();
        var second = _scenario.Decide();

        Assert.Equal((first.OwnerId, first.Reason), (second.OwnerId, second.Reason));
    }

    [Fact]
    public void Evaluate_ConditionFails_ReportsTheConditionPerRule()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team);
        _scenario.Rule("华东制造业", AssignmentStrategy.RoundRobin(team.Id), null,
            EastChina(), When(Industry, ConditionOperator.EqualTo, "Manufacturing"));
        _scenario.Rule("其余", AssignmentStrategy.RoundRobin(team.Id));

        var checks = _scenario.Evaluate((Region, "华东"), (Industry, "Retail")).Rules;

        Assert.Equal((false, 1, "Retail"), (checks[0].Matches, checks[0].Failure?.Index, checks[0].Failure?.Actual));
        Assert.True(checks[1].Decided);
    }

    [Fact]
    public void Evaluate_RuleAfterTheDecidingOne_SaysItWouldMatchButDidNotDecide()
    {
        var team = _scenario.Team("华东销售一组");
        _scenario.User("张伟", team);
        _scenario.Rule("华东", AssignmentStrategy.RoundRobin(team.Id), null, EastChina());
        _scenario.Rule("其余", AssignmentStrategy.RoundRobin(team.Id));

        var later = _scenario.Evaluate((Region, "华东")).Rules[1];

        Assert.Equal((true, false), (later.Matches, later.Decided));
    }

    private static AssignmentCondition EastChina() => When(Region, ConditionOperator.EqualTo, "华东");
}
