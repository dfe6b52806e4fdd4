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

    /// <summary>
    /// The mistakes the form can see by itself, as (field, error code) pairs in the service's
    /// terms, so all of them show at once; the service still checks everything.
    /// </summary>
    public IEnumerable<(string Field, string Code)> Check(IReadOnlyList<AssignmentField> fields)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return ("Name", "Name.required");
        }

        for (var i = 0; i < Conditions.Count; i++)
        {
            if (Conditions[i].Check(fields) is { } code)
            {
                yield return ($"Conditions[{i}].Values", code);
            }
        }

        foreach (var problem in CheckStrategy())
        {
            yield return problem;
        }
    }

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
    private IEnumerable<(string Field, string Code)> CheckStrategy()
    {
        var named = Strategy == StrategyKind.NamedOwner;
        if (named && UserId is null)
        {
            yield return ("StrategyUser", "StrategyUser.required");
        }

        if (Strategy is StrategyKind.RoundRobin or StrategyKind.LeastBusy && TeamId is null)
        {
            yield return ("StrategyTeam", "StrategyTeam.required");
        }

        if (FallbackQueueTeamId is null && (named || TeamId is null))
        {
            yield return ("FallbackQueue", "FallbackQueue.required");
        }
    }

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

    /// <summary>The error code of a missing or unreadable value, or null when the row looks right.</summary>
    public string? Check(IReadOnlyList<AssignmentField> fields)
    {
        var condition = ToCondition(fields);

        return condition.Values.All(string.IsNullOrWhiteSpace) ? "Condition.value-required" : null;
    }

    public AssignmentCondition ToCondition(IReadOnlyList<AssignmentField> fields) =>
        new(Field, Operator, Values(fields.FirstOrDefault(f => f.Name == Field)));

    private List<string> Values(AssignmentField? field)
    {
        if (field?.HasChoices == true)
        {
            return Picked.ToList();
        }

        return Operator == ConditionOperator.OneOf
            ? Text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList()
            : [Text];
    }
}
