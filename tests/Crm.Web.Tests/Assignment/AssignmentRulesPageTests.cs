using Bunit;
using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Assignment;
using Microsoft.AspNetCore.Components.Web;
using static Crm.Web.Tests.Assignment.FakeAssignmentRuleService;

namespace Crm.Web.Tests.Assignment;

public sealed class AssignmentRulesPageTests : AssignmentTestContext
{
    [Fact]
    public void Render_Rules_ShowsOneLineSummaries()
    {
        RuleService.Rules.Add(EastManufacturing());

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(
            "Region = 华东 and Industry = Manufacturing → round robin in 华东销售一组",
            page.Find("[data-testid=rule-summary]").TextContent));
    }

    [Fact]
    public void Render_NoRules_ShowsEmptyStateWithCreateButton()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=assignment-empty-create]")));
    }

    [Fact]
    public void Render_CatchAllNamedOwner_SummarizesEveryLead()
    {
        RuleService.Rules.Add(Row("其余", AssignmentStrategy.NamedOwner(ZhangWei)));

        var page = RenderPage();

        page.WaitForAssertion(
            () => Assert.Equal("Every lead → to 张伟", page.Find("[data-testid=rule-summary]").TextContent));
    }

    [Fact]
    public void MoveUp_SecondRule_AsksServiceToMoveIt()
    {
        RuleService.Rules.Add(EastManufacturing());
        var second = Row("其余", AssignmentStrategy.RoundRobin(EastTeam));
        RuleService.Rules.Add(second);
        var page = RenderPage();

        page.WaitForElements("[data-testid=rule-up]")[1].Click();

        page.WaitForAssertion(() => Assert.Equal((second.Id, RuleMove.Up), Assert.Single(RuleService.Moves)));
    }

    [Fact]
    public void AltArrowDown_FocusedRule_MovesItDown()
    {
        var first = EastManufacturing();
        RuleService.Rules.Add(first);
        RuleService.Rules.Add(Row("其余", AssignmentStrategy.RoundRobin(EastTeam)));
        var page = RenderPage();
        var row = page.WaitForElements("[data-testid=rule-row]")[0];

        row.KeyDown(new KeyboardEventArgs { Key = "ArrowDown", AltKey = true });

        page.WaitForAssertion(() => Assert.Equal((first.Id, RuleMove.Down), Assert.Single(RuleService.Moves)));
    }

    [Fact]
    public void LiveEvent_AnotherAdminAddsRule_ListShowsIt()
    {
        var page = RenderPage();
        page.WaitForElement("[data-testid=assignment-empty]");
        var added = Row("华南", AssignmentStrategy.RoundRobin(EastTeam));
        RuleService.Rules.Add(added);

        Bus.Publish([new AssignmentRuleChanged(added.Id, 1, Now, RecordKind.Lead, 1)]);

        page.WaitForAssertion(
            () => Assert.Equal("华南", page.Find("[data-testid=rule-name]").TextContent), TimeSpan.FromSeconds(3));
    }

    private static AssignmentRuleRow EastManufacturing() =>
        Row("华东制造业", AssignmentStrategy.RoundRobin(EastTeam), true,
            new AssignmentCondition(AssignmentFields.Region, ConditionOperator.EqualTo, ["华东"]),
            new AssignmentCondition(AssignmentFields.Industry, ConditionOperator.EqualTo, ["Manufacturing"]));
}

public sealed class AssignmentRulesPageChineseTests() : AssignmentTestContext("zh-CN")
{
    [Fact]
    public void Render_ChineseCulture_SummarizesInChinese()
    {
        RuleService.Rules.Add(Row("华东制造业", AssignmentStrategy.RoundRobin(EastTeam), true,
            new AssignmentCondition(AssignmentFields.Region, ConditionOperator.EqualTo, ["华东"]),
            new AssignmentCondition(AssignmentFields.Industry, ConditionOperator.EqualTo, ["Manufacturing"])));

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(
            "地区 = 华东 且 行业 = 制造业 → 在 华东销售一组 内轮流分配",
            page.Find("[data-testid=rule-summary]").TextContent));
    }
}
