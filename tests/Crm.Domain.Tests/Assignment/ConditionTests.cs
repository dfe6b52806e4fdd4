using Crm.Domain.Assignment;

namespace Crm.Domain.Tests.Assignment;

public sealed class ConditionTests
{
    [Theory]
    [InlineData("华东", "华东", true)]
    [InlineData("华东", "华南", false)]
    [InlineData("Shanghai", " shanghai ", true)]
    [InlineData("华东区", "华东", false)]
    public void Holds_EqualToText_ComparesWholeValueIgnoringCase(string expected, string actual, bool holds)
    {
        var condition = new AssignmentCondition("region", ConditionOperator.EqualTo, [expected]);

        Assert.Equal(holds, condition.Holds(actual, AssignmentFieldType.Text));
    }

    [Theory]
    [InlineData("500", "500.0", true)]
    [InlineData("1,000", "1000", true)]
    [InlineData("500", "501", false)]
    public void Holds_EqualToNumber_ComparesByValue(string expected, string actual, bool holds)
    {
        var condition = new AssignmentCondition("companySize", ConditionOperator.EqualTo, [expected]);

        Assert.Equal(holds, condition.Holds(actual, AssignmentFieldType.Number));
    }

    [Theory]
    [InlineData("展会", true)]
    [InlineData("PARTNER", true)]
    [InlineData("官网", false)]
    public void Holds_OneOf_MatchesAnyValue(string actual, bool holds)
    {
        var condition = new AssignmentCondition("source", ConditionOperator.OneOf, ["展会", "partner"]);

        Assert.Equal(holds, condition.Holds(actual, AssignmentFieldType.Text));
    }

    [Theory]
    [InlineData("上海华辰机械有限公司", "机械", true)]
    [InlineData("Acme Machinery Ltd", "MACHINERY", true)]
    [InlineData("上海华辰软件有限公司", "机械", false)]
    public void Holds_Contains_FindsValueAnywhere(string actual, string expected, bool holds)
    {
        var condition = new AssignmentCondition("company", ConditionOperator.Contains, [expected]);

        Assert.Equal(holds, condition.Holds(actual, AssignmentFieldType.Text));
    }

    [Theory]
    [InlineData("上海华辰", "上海", true)]
    [InlineData("shanghai pudong", "Shanghai", true)]
    [InlineData("华辰上海", "上海", false)]
    public void Holds_StartsWith_ComparesThePrefix(string actual, string expected, bool holds)
    {
        var condition = new AssignmentCondition("company", ConditionOperator.StartsWith, [expected]);

        Assert.Equal(holds, condition.Holds(actual, AssignmentFieldType.Text));
    }

    [Theory]
    [InlineData("1000", true)]
    [InlineData("999", false)]
    [InlineData("5000", true)]
    public void Holds_AtLeast_IncludesTheBound(string actual, bool holds)
    {
        var condition = new AssignmentCondition("companySize", ConditionOperator.AtLeast, ["1000"]);

        Assert.Equal(holds, condition.Holds(actual, AssignmentFieldType.Number));
    }

    [Theory]
    [InlineData("200", true)]
    [InlineData("201", false)]
    [InlineData("-1", true)]
    public void Holds_AtMost_IncludesTheBound(string actual, bool holds)
    {
        var condition = new AssignmentCondition("companySize", ConditionOperator.AtMost, ["200"]);

        Assert.Equal(holds, condition.Holds(actual, AssignmentFieldType.Number));
    }

    [Theory]
    [InlineData(ConditionOperator.AtLeast)]
    [InlineData(ConditionOperator.AtMost)]
    public void Holds_NumericOperatorOnText_DoesNotHold(ConditionOperator op)
    {
        var condition = new AssignmentCondition("companySize", op, ["100"]);

        Assert.False(condition.Holds("一百人左右", AssignmentFieldType.Number));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Holds_RecordHasNoValue_DoesNotHold(string? actual)
    {
        var condition = new AssignmentCondition("region", ConditionOperator.Contains, ["华"]);

        Assert.False(condition.Holds(actual, AssignmentFieldType.Text));
    }

    [Fact]
    public void Equals_SameValuesInNewList_IsEqual()
    {
        var left = new AssignmentCondition("region", ConditionOperator.OneOf, ["华东", "华南"]);
        var right = new AssignmentCondition("region", ConditionOperator.OneOf, new List<string> { "华东", "华南" });

        Assert.Equal(left, right);
    }
}
