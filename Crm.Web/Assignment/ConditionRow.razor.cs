using Crm.Domain.Assignment;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Assignment;

/// <summary>
/// One condition of the rule dialog: field, comparison and value. Changing the field keeps the
/// comparison when the new field allows it and clears the value otherwise.
/// </summary>
public sealed partial class ConditionRow
{
    [Parameter, EditorRequired]
    public ConditionForm Condition { get; set; } = default!;

    [Parameter, EditorRequired]
    public int Index { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<AssignmentField> Fields { get; set; } = [];

    [Parameter, EditorRequired]
    public AssignmentWording Wording { get; set; } = default!;

    /// <summary>The error message for a field key such as <c>Conditions[0].Values</c>, or null.</summary>
    [Parameter, EditorRequired]
    public Func<string, string?> Error { get; set; } = _ => null;

    [Parameter]
    public EventCallback OnRemove { get; set; }

    private AssignmentField Definition =>
        Fields.FirstOrDefault(f => f.Name == Condition.Field)
        ?? new AssignmentField(Condition.Field, AssignmentFieldType.Text, []);

    private string? ValueError => Error(At("Values"));

    private string ValueLabel => Text[Condition.Operator == ConditionOperator.OneOf ? "Dialog.Values" : "Dialog.Value"];

    private string At(string part) => $"Conditions[{Index}].{part}";

    private string ChoiceLabel(string? choice) => choice is null ? "" : Wording.Value(Condition.Field, choice);

    private void OnFieldChanged(string field)
    {
        var sameType = Definition.Type == (Fields.FirstOrDefault(f => f.Name == field)?.Type);
        Condition.Field = field;
        if (!Definition.Allows(Condition.Operator))
        {
            Condition.Operator = Definition.Operators[0];
        }

        if (!sameType)
        {
            (Condition.Text, Condition.Picked) = ("", []);
        }
    }

    private void OnOperatorChanged(ConditionOperator op)
    {
        Condition.Operator = op;
        if (op != ConditionOperator.OneOf && Condition.Picked.Skip(1).Any())
        {
            Condition.Picked = Condition.Picked.Take(1).ToList();
        }
    }

    private void OnChoicePicked(string? choice) => Condition.Picked = choice is null ? [] : [choice];
}
