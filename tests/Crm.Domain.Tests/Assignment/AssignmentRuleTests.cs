using Crm.Domain.Assignment;
using Crm.Domain.Common;
using static Crm.Domain.Tests.Assignment.AssignmentScenario;

namespace Crm.Domain.Tests.Assignment;

public sealed class AssignmentRuleTests
{
    private static readonly Guid TeamId = Guid.CreateVersion7();

    [Fact]
    public void Create_UnknownField_ThrowsNamingTheRow()
    {
        var error = Assert.Throws<DomainException>(() => NewRule(When("budget", ConditionOperator.EqualTo, "10")));

        Assert.Equal(("Condition.field-unknown", "Conditions[0].Field"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_NumericOperatorOnTextField_ThrowsOnOperator()
    {
        var error = Assert.Throws<DomainException>(() => NewRule(
            When(AssignmentFields.Region, ConditionOperator.EqualTo, "华东"),
            When(AssignmentFields.Region, ConditionOperator.AtLeast, "3")));

        Assert.Equal(("Condition.operator-invalid", "Conditions[1].Operator"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_SizeThatIsNoBand_ThrowsOnValues()
    {
        var error = Assert.Throws<DomainException>(
            () => NewRule(When(AssignmentFields.CompanySize, ConditionOperator.AtLeast, "500")));

        Assert.Equal(("Condition.value-choice", "Conditions[0].Values"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_SourceInOtherCase_StoresTheSourceName()
    {
        var rule = NewRule(When(AssignmentFields.Source, ConditionOperator.EqualTo, "tradeshow"));

        Assert.Equal(["TradeShow"], rule.Conditions[0].Values);
    }

    [Fact]
    public void Create_NoValue_ThrowsOnValues()
    {
        var error = Assert.Throws<DomainException>(
            () => NewRule(When(AssignmentFields.Source, ConditionOperator.OneOf, " ", "")));

        Assert.Equal("Condition.value-required", error.Code);
    }

    [Fact]
    public void Create_TwoValuesForEqualTo_Throws()
    {
        var error = Assert.Throws<DomainException>(
            () => NewRule(When(AssignmentFields.Region, ConditionOperator.EqualTo, "华东", "华南")));

        Assert.Equal("Condition.value-single", error.Code);
    }

    [Fact]
    public void Create_ChoiceInOtherCase_StoresTheStableName()
    {
        var rule = NewRule(When("INDUSTRY", ConditionOperator.OneOf, "manufacturing", "Retail", "retail"));

        Assert.Equal(
            new AssignmentCondition(AssignmentFields.Industry, ConditionOperator.OneOf, ["Manufacturing", "Retail"]),
            Assert.Single(rule.Conditions));
    }

    [Fact]
    public void Create_UnknownChoice_Throws()
    {
        var error = Assert.Throws<DomainException>(
            () => NewRule(When(AssignmentFields.Industry, ConditionOperator.EqualTo, "制造业")));

        Assert.Equal("Condition.value-choice", error.Code);
    }

    [Fact]
    public void Create_TerritoryWithoutTeamOrQueue_RequiresFallbackQueue()
    {
        var definition = new AssignmentRuleDefinition("全国线索", [], AssignmentStrategy.TerritoryOwner());

        var error = Assert.Throws<DomainException>(
            () => AssignmentRule.Create(Guid.CreateVersion7(), RecordKind.Lead, 0, definition, At));

        Assert.Equal("FallbackQueue", error.Field);
    }

    [Fact]
    public void Create_KindWithoutFields_Throws()
    {
        var definition = new AssignmentRuleDefinition("Accounts", [], AssignmentStrategy.RoundRobin(TeamId));

        var error = Assert.Throws<DomainException>(
            () => AssignmentRule.Create(Guid.CreateVersion7(), RecordKind.Account, 0, definition, At));

        Assert.Equal("Kind.unsupported", error.Code);
    }

    [Fact]
    public void QueueTeamId_NoFallback_IsTheStrategysTeam()
    {
        var rule = NewRule();

        Assert.Equal(TeamId, rule.QueueTeamId);
    }

    [Fact]
    public void Create_Valid_IsActiveAtRevisionOneWithEvent()
    {
        var rule = NewRule();

        Assert.True(rule.IsActive);
        Assert.Equal(1, rule.Revision);
        Assert.IsType<AssignmentRuleChanged>(Assert.Single(rule.DomainEvents));
    }

    [Fact]
    public void Deactivate_ActiveRule_RaisesRevision()
    {
        var rule = NewRule();

        rule.Deactivate(At);

        Assert.Equal((false, 2), (rule.IsActive, rule.Revision));
    }

    [Fact]
    public void Advance_AfterAssignment_MovesCursorWithoutRevisionOrEvent()
    {
        var rule = NewRule();
        rule.ClearDomainEvents();
        var userId = Guid.CreateVersion7();

        rule.Advance(userId);

        Assert.Equal((userId, 1), (rule.LastAssignedUserId, rule.Revision));
        Assert.Empty(rule.DomainEvents);
    }

    [Fact]
    public void FirstFailure_SecondConditionFails_ReportsItAndTheActualValue()
    {
        var rule = NewRule(
            When(AssignmentFields.Region, ConditionOperator.EqualTo, "华东"),
            When(AssignmentFields.CompanySize, ConditionOperator.AtLeast, "From201To1000"));
        var lead = Lead((AssignmentFields.Region, "华东"), (AssignmentFields.CompanySize, "From11To50"));

        var failure = rule.FirstFailure(lead);

        Assert.Equal((1, "From11To50"), (failure?.Index, failure?.Actual));
    }

    [Fact]
    public void FirstFailure_NoConditions_IsNull()
    {
        Assert.Null(NewRule().FirstFailure(Lead()));
    }

    private static AssignmentRule NewRule(params AssignmentCondition[] conditions) =>
        AssignmentRule.Create(
            Guid.CreateVersion7(), RecordKind.Lead, 0,
            new AssignmentRuleDefinition("华东线索", conditions, AssignmentStrategy.RoundRobin(TeamId)), At);
}
