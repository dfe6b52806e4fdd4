using Bunit;
using Crm.Domain.Assignment;
using Crm.Domain.Common;
using MudBlazor;
using static Crm.Web.Tests.Assignment.FakeAssignmentRuleService;

namespace Crm.Web.Tests.Assignment;

public sealed class RuleDialogTests : AssignmentTestContext
{
    private static readonly AssignmentCondition East =
        new(AssignmentFields.Region, ConditionOperator.EqualTo, ["华东"]);

    [Fact]
    public void Save_NewRuleLeftBlank_ShowsEveryMissingFieldAtOnce()
    {
        var dialog = OpenNewRule();

        dialog.Find("[data-testid=rule-save]").Click();

        var text = dialog.Find("[data-testid=rule-dialog]").TextContent;
        Assert.True(text.Contains("Enter a name for the rule.") && text.Contains("Enter a value.")
            && text.Contains("Choose a team."));
        Assert.Empty(RuleService.Created);
    }

    [Fact]
    public void Save_EditedRule_SendsNewNameAtTheLoadedRevision()
    {
        var rule = Row("华东", AssignmentStrategy.RoundRobin(EastTeam), true, East);
        var dialog = OpenEdit(rule);
        dialog.Find("input[data-testid=rule-name]").Input("华东线索");

        dialog.Find("[data-testid=rule-save]").Click();

        dialog.WaitForAssertion(() => Assert.Single(RuleService.Updated));
        var (id, revision, input) = RuleService.Updated[0];
        Assert.Equal((rule.Id, 1, "华东线索", East), (id, revision, input.Name, Assert.Single(input.Conditions)));
    }

    [Fact]
    public void Save_ServerRejectsValue_ShowsMessageBesideTheValue()
    {
        RuleService.FailNextSave = new DomainException("Condition.value-choice", "no", "Conditions[0].Values");
        var dialog = OpenEdit(Row("华东", AssignmentStrategy.RoundRobin(EastTeam), true, East));

        dialog.Find("[data-testid=rule-save]").Click();

        dialog.WaitForAssertion(
            () => Assert.Contains("Choose from the list.", dialog.Find("[data-testid=condition-row]").TextContent));
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

    private IRenderedComponent<MudDialogProvider> OpenEdit(Infrastructure.Assignment.AssignmentRuleRow rule)
    {
        RuleService.Rules.Add(rule);
        var page = RenderPage();
        page.WaitForElement("[data-testid=rule-edit]").Click();
        Dialogs.WaitForElement("[data-testid=rule-dialog]");

        return Dialogs;
    }
}
