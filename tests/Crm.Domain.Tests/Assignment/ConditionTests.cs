using Crm.Domain.Assignment;

namespace Crm.Domain.Tests.Assignment;

public sealed class ConditionTests
{
    private static readonly AssignmentField Text = AssignmentField.TextNamed("region");

    private static readonly AssignmentField Size =
        AssignmentFields.Find(Domain.Common.RecordKind.Lead, AssignmentFields.CompanySize)!;

    [Theory]
    [InlineData("华东", "华东", true)]
    [InlineData("华东", "华南", false)]
    [InlineData("Shanghai", " shanghai ", true)]
    [InlineData("华东区", "华东", false)]
    public void Holds_EqualToText_ComparesWholeValueIgnoringCase(string expected, string actual, bool holds)
    {
        var condition = new AssignmentCondition("region", ConditionOperator.EqualTo, [expected]);

        Assert.Equal(holds, condition.Holds(actual, Text));
    }

    [Theory]
    [InlineData("展会", true)]
    [InlineData("PARTNER", true)]
    [InlineData("官网", false)]
    public void Holds_OneOf_MatchesAnyValue(string actual, bool holds)
    {
        var condition = new AssignmentCondition("company", ConditionOperator.OneOf, ["展会", "partner"]);

        Assert.Equal(holds, condition.Holds(actual, Text));
    }

    [Theory]
    [InlineData("上海华辰机械有限公司", "机械", true)]
    [InlineData("Acme Machinery Ltd", "MACHINERY", true)]
    [InlineData("上海华辰软件有限公司", "机械", false)]
    public void Holds_Contains_FindsValueAnywhere(string actual, string expected, bool holds)
    {
        var condition = new AssignmentCondition("company", ConditionOperator.Contains, [expected]);

        Assert.Equal(holds, condition.Holds(actual, Text));
    }

    [Theory]
    [InlineData("上海华辰", "上海", true)]
    [InlineData("shanghai pudong", "Shanghai", true)]
    [InlineData("华辰上海", "上海", false)]
    public void Holds_StartsWith_ComparesThePrefix(string actual, string expected, bool holds)
    {
        var condition = new AssignmentCondition("company", ConditionOperator.StartsWith, [expected]);

        Assert.Equal(holds, condition.Holds(actual, Text));
    }

    [Theory]
    [InlineData("From201To1000", false)]
    [InlineData("From1001To5000", true)]
    [InlineData("Over5000", true)]
    public void Holds_AtLeastABand_IncludesTheBandAndLarger(string actual, bool holds)
    {
        var condition = new AssignmentCondition("companySize", ConditionOperator.AtLeast, ["From1001To5000"]);

        Assert.Equal(holds, condition.Holds(actual, Size));
    }

    [Theory]
    [InlineData("From1To10", true)]
    [InlineData("from51to200", true)]
    [InlineData("From201To1000", false)]
    public void Holds_AtMostABand_IncludesTheBandAndSmallerIgnoringCase(string actual, bool holds)
    {
        var condition = new AssignmentCondition("companySize", ConditionOperator.AtMost, ["From51To200"]);

        Assert.Equal(holds, condition.Holds(actual, Size));
    }

    [Theory]
    [InlineData(ConditionOperator.AtLeast)]
    [InlineData(ConditionOperator.AtMost)]
    public void Holds_RankedOperatorOnAValueOutsideTheBands_DoesNotHold(ConditionOperator op)
    {
        var condition = new AssignmentCondition("companySize", op, ["From11To50"]);

        Assert.False(condition.Holds("一百人左右", Size));
    }

    [Fact]
    public void Holds_RankedOperatorOnAnUnrankedField_DoesNotHold()
    {
        var condition = new AssignmentCondition("region", ConditionOperator.AtLeast, ["华东"]);

        Assert.False(condition.Holds("华南", Text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Holds_RecordHasNoValue_DoesNotHold(string? actual)
    {
        var condition = new AssignmentCondition("region", ConditionOperator.Contains, ["华"]);

        Assert.False(condition.Holds(actual, Text));
    }

    [Fact]
    public void Equals_SameValuesInNewList_IsEqual()
    {
        var left = new AssignmentCondition("region", ConditionOperator.OneOf, ["华东", "华南"]);
        var right = new AssignmentCondition("region", ConditionOperator.OneOf, new List<string> { "华东", "华南" });

        Assert.Equal(left, right);
    }
}
