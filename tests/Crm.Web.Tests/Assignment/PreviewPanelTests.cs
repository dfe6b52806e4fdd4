using Bunit;
using Crm.Domain.Assignment;
using Crm.Infrastructure.Assignment;
using static Crm.Web.Tests.Assignment.FakeAssignmentRuleService;

namespace Crm.Web.Tests.Assignment;

public sealed class PreviewPanelTests : AssignmentTestContext
{
    [Fact]
    public void Render_EngineDecides_ShowsDecidingRuleAndOwner()
    {
        Engine.Next = new AssignmentPreview(
            FakeAssignmentEngine.Assigned("华东制造业", ZhangWei, "张伟", "华东销售一组"), []);

        var page = RenderPage();

        page.WaitForAssertion(
            () => Assert.Equal("Rule 华东制造业", page.Find("[data-testid=preview-rule]").TextContent.Trim()));
        Assert.Equal("Goes to 张伟", page.Find("[data-testid=preview-owner]").TextContent.Trim());
    }

    [Fact]
    public void TypeRegion_InPreview_AsksEngineAboutThatRegion()
    {
        var page = RenderPage();

        page.WaitForElement("input[data-testid=preview-region]").Input("华东");

        page.WaitForAssertion(() => Assert.Equal("华东", Engine.Asked[^1].Region));
    }

    [Fact]
    public void Render_RuleFailed_SaysWhichConditionAndTheLeadsValue()
    {
        var condition = new AssignmentCondition(AssignmentFields.Region, ConditionOperator.EqualTo, ["华东"]);
        Engine.Next = new AssignmentPreview(
            FakeAssignmentEngine.Assigned("其余", ZhangWei, "张伟", "华东销售一组"),
            [new RuleCheck(Guid.NewGuid(), "华东", true, false, false, new ConditionFailure(0, condition, "华南"))]);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains(
            "Region = 华东; this lead: 华南", page.Find("[data-testid=preview-check]").TextContent));
    }

    [Fact]
    public void Render_UserSkipped_ShowsWhy()
    {
        var decision = FakeAssignmentEngine.Assigned("华东", ZhangWei, "张伟", "华东销售一组") with
        {
            Skipped = [new SkippedUser(Guid.NewGuid(), "王磊", SkipReason.AtCapacity, 12, 12)],
        };
        Engine.Next = new AssignmentPreview(decision, []);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(
            "王磊: at capacity 12/12", page.Find("[data-testid=preview-skipped]").TextContent.Trim()));
    }
}
