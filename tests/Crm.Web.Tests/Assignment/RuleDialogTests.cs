using Bunit;
using Crm.Domain.Assignment;
using Crm.Domain.Common;
using MudBlazor;

namespace Crm.Web.Tests.Assignment;

public sealed class RuleDialogTests : AssignmentTestContext
{
    [Fact]
    public void Save_NewRule_SendsNameAndCondition()
    {
        var dialog = OpenNewRule();
        dialog.Find("input[data-testid=rule-name]").Input("华东线索");
        dialog.Find("input[data-testid=condition-value]").Input("华东");

        dialog.Find("[data-testid=rule-save]").Click();

        dialog.WaitForAssertion(() => Assert.Single(RuleService.Created));
        var created = RuleService.Created[0];
        Assert.Equal(
            ("华东线索", new AssignmentCondition(AssignmentFields.Region, ConditionOperator.EqualTo, ["华东"])),
            (created.Name, Assert.Single(created.Conditions)));
    }

    [Fact]
    public void Save_ServerRejectsValue_ShowsMessageBesideTheValue()
    {
        RuleService.FailNextSave = new DomainException("Condition.value-required", "none", "Conditions[0].Values");
        var dialog = OpenNewRule();
        dialog.Find("input[data-testid=rule-name]").Input("华东线索");

        dialog.Find("[data-testid=rule-save]").Click();

        dialog.WaitForAssertion(
            () => Assert.Contains("Enter a value.", dialog.Find("[data-testid=condition-row]").TextContent));
    }

    [Fact]
    public void RemoveCondition_OnlyRow_LeavesNoConditions()
    {
        var dialog = OpenNewRule();

        dialog.Find("[data-testid=condition-remove]").Click();

        Assert.Empty(dialog.FindAll("[data-testid=condition-row]"));
    }

    private IRenderedComponent<MudDialogProvider> OpenNewRule()
    {
        var page = RenderPage();
        page.WaitForElement("[data-testid=assignment-empty-create]");
        page.Find("[data-testid=assignment-new-rule]").Click();
        Dialogs.WaitForElement("[data-testid=rule-dialog]");

        return Dialogs;
    }
}
