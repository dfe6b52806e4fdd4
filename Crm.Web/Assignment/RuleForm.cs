using Crm.Domain.Assignment;
using Crm.Infrastructure.Assignment;

namespace Crm.Web.Assignment;

/// <summary>What the rule dialog edits; turns into the service's input and back.</summary>
public sealed class RuleForm
{
    public string Name { get; set; } = "";

    public List<ConditionForm> Conditions { get; } = [];

    public StrategyKind Strategy { get; set; } = StrategyKind.RoundRobin;

    public Guid? UserId { get; set; }

    public Guid? TeamId { get; set; }

    public Guid? FallbackQueueTeamId { get; set; }

    /// <summary>The field names errors may name, so each shows beside its input.</summary>
    public IReadOnlyCollection<string> ErrorFields =>
    [
        "Name", "Strategy", "StrategyUser", "StrategyTeam", "FallbackQueue",
        .. Conditions.SelectMany((_, i) => ConditionForm.ErrorFields(i)),
    ];

    public static RuleForm From(AssignmentRuleRow? rule)
    {
        var form = new RuleForm();
        if (rule is null)
        {
            return form;
        }

        form.Name = rule.Name;
        form.Conditions.AddRange(rule.Conditions.Select(ConditionForm.From));
        (form.Strategy, form.UserId, form.TeamId) = (rule.Strategy.Kind, rule.Strategy.UserId, rule.Strategy.TeamId);
        form.FallbackQueueTeamId = rule.FallbackQueueTeamId;

        return form;
    }

    /// <summary>The input for the service; <paramref name="fields"/> tells how each row's value is read.</summary>
    public AssignmentRuleInput ToInput(IReadOnlyList<AssignmentField> fields) =>
        new(Name, Conditions.Select(c => c.ToCondition(fields)).ToList(), Strategy,
            Strategy == StrategyKind.NamedOwner ? UserId : null,
            Strategy == StrategyKind.NamedOwner ? null : TeamId,
            FallbackQueueTeamId);
}

/// <summary>
/// One condition row. Text and numbers are typed (several values for "one of", separated by
/// commas); choice fields pick from their list.
/// </summary>
public sealed class ConditionForm
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', '\n'];

    public string Field { get; set; } = AssignmentFields.Region;

    public ConditionOperator Operator { get; set; } = ConditionOperator.EqualTo;

    public string Text { get; set; } = "";

    public IReadOnlyCollection<string> Picked { get; set; } = [];

    public static IEnumerable<string> ErrorFields(int index) =>
        [$"Conditions[{index}].Field", $"Conditions[{index}].Operator", $"Conditions[{index}].Values"];

    public static ConditionForm From(AssignmentCondition condition) => new()
    {
        Field = condition.Field,
        Operator = condition.Operator,
        Text = string.Join(", ", condition.Values),
        Picked = condition.Values.ToList(),
    };

    public AssignmentCondition ToCondition(IReadOnlyList<AssignmentField> fields) =>
        new(Field, Operator, Values(fields.FirstOrDefault(f => f.Name == Field)));

    private List<string> Values(AssignmentField? field)
    {
        if (field?.Type == AssignmentFieldType.Choice)
        {
            return Picked.ToList();
        }

        return Operator == ConditionOperator.OneOf
            ? Text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList()
            : [Text];
    }
}
