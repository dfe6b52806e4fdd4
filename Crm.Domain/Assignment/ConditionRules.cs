using Crm.Domain.Common;

namespace Crm.Domain.Assignment;

/// <summary>
/// Checks and tidies a rule's conditions against the fields of its kind. Errors name the row
/// and part at fault (<c>Conditions[2].Values</c>) so a form can show them beside it.
/// </summary>
internal static class ConditionRules
{
    public const int MaxConditions = 10;
    public const int MaxValues = 50;
    public const int MaxValueLength = 100;

    public static List<AssignmentCondition> Clean(RecordKind kind, IReadOnlyList<AssignmentCondition> conditions)
    {
        if (conditions.Count > MaxConditions)
        {
            throw new DomainException(
                "Conditions.too-many", $"A rule has at most {MaxConditions} conditions.", "Conditions");
        }

        return conditions.Select((condition, index) => Clean(kind, condition, index)).ToList();
    }

    private static AssignmentCondition Clean(RecordKind kind, AssignmentCondition condition, int index)
    {
        var at = $"Conditions[{index}]";
        var field = AssignmentFields.Find(kind, condition.Field)
            ?? throw Error($"{at}.Field", "Condition.field-unknown", "Choose a field the record has.");
        if (!field.Allows(condition.Operator))
        {
            throw Error($"{at}.Operator", "Condition.operator-invalid", "This comparison does not fit the field.");
        }

        var values = Values(condition, $"{at}.Values");

        return new AssignmentCondition(
            field.Name, condition.Operator, field.HasChoices ? Choices(field, values, $"{at}.Values") : values);
    }

    private static List<string> Values(AssignmentCondition condition, string at)
    {
        var values = (condition.Values ?? [])
            .Select(v => v?.Trim() ?? "")
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (values.Count == 0)
        {
            throw Error(at, "Condition.value-required", "Enter the value to compare with.");
        }

        if (condition.Operator != ConditionOperator.OneOf && values.Count > 1)
        {
            throw Error(at, "Condition.value-single", "This comparison takes one value.");
        }

        return values.Count <= MaxValues && values.All(v => v.Length <= MaxValueLength)
            ? values
            : throw Error(
                at, "Condition.value-too-long", $"At most {MaxValues} values of {MaxValueLength} characters.");
    }

    // Choices are stored by their stable name, spelled as the catalog spells it.
    private static List<string> Choices(AssignmentField field, List<string> values, string at) =>
        values.Select(v => field.Choices.FirstOrDefault(c => string.Equals(c, v, StringComparison.OrdinalIgnoreCase))
                ?? throw Error(at, "Condition.value-choice", "Choose one of the listed values."))
            .ToList();

    private static DomainException Error(string field, string code, string message) => new(code, message, field);
}
