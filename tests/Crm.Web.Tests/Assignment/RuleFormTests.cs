using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Web.Assignment;

namespace Crm.Web.Tests.Assignment;

public sealed class RuleFormTests
{
    private static readonly IReadOnlyList<AssignmentField> Fields = AssignmentFields.For(RecordKind.Lead);

    [Fact]
    public void ToInput_OneOfTypedWithChineseSeparators_SplitsTheValues()
    {
        var form = new RuleForm { Name = "华南" };
        form.Conditions.Add(new ConditionForm
        {
            Field = AssignmentFields.Region, Operator = ConditionOperator.OneOf, Text = "华南，广东、 广西",
        });

        var input = form.ToInput(Fields);

        Assert.Equal(["华南", "广东", "广西"], Assert.Single(input.Conditions).Values);
    }

    [Fact]
    public void ToInput_NamedOwner_SendsTheUserAndNoTeam()
    {
        var userId = Guid.NewGuid();
        var form = new RuleForm
        {
            Name = "张伟", Strategy = StrategyKind.NamedOwner, UserId = userId, TeamId = Guid.NewGuid(),
        };

        var input = form.ToInput(Fields);

        Assert.Equal((userId, null), (input.UserId, input.TeamId));
    }

    [Fact]
    public void Check_SizeConditionWithNoBandPicked_ReportsItOnTheRow()
    {
        var form = new RuleForm { Name = "大客户", TeamId = Guid.NewGuid() };
        form.Conditions.Add(new ConditionForm
        {
            Field = AssignmentFields.CompanySize, Operator = ConditionOperator.AtLeast, Text = "一千",
        });

        var problems = form.Check(Fields).ToList();

        Assert.Equal(("Conditions[0].Values", "Condition.value-required"), Assert.Single(problems));
    }
}
