using Crm.Domain.Assignment;
using Crm.Infrastructure.Assignment;
using Crm.Web.Customers;
using Crm.Web.Leads;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Assignment;

/// <summary>
/// Puts rules, conditions, strategies and decisions into the reader's language: "地区 = 华东 且
/// 行业 = 制造业 → 在 华东销售一组 内轮流分配". Choice values (industries) use the customer texts.
/// </summary>
public sealed class AssignmentWording(
    IStringLocalizer<AssignmentText> text, IStringLocalizer<CustomersText> customers,
    IStringLocalizer<LeadText> leads)
{
    public string Field(string name)
    {
        var label = text[$"Field.{name}"];

        return label.ResourceNotFound ? name : label.Value;
    }

    public string OperatorName(ConditionOperator op) => text[$"OperatorName.{op}"];

    public string StrategyName(StrategyKind kind) => text[$"Strategy.{kind}"];

    public string StrategyHint(StrategyKind kind) => text[$"StrategyHint.{kind}"];

    /// <summary>
    /// A stored value as the reader knows it: an industry, a lead source or a company size by its
    /// name in the reader's language, other values as they are.
    /// </summary>
    public string Value(string field, string value)
    {
        var label = field switch
        {
            AssignmentFields.Industry => customers[$"Industry.{value}"],
            AssignmentFields.Source => leads[$"Source.{value}"],
            AssignmentFields.CompanySize => leads[$"Size.{value}"],
            _ => null,
        };

        return label is null || label.ResourceNotFound ? value : label.Value;
    }

    public string Condition(AssignmentCondition condition) =>
        string.Format(
            text["Summary.Condition"], Field(condition.Field), text[$"Operator.{condition.Operator}"],
            string.Join(text["Summary.ValueSeparator"], condition.Values.Select(v => Value(condition.Field, v))));

    public string Conditions(IReadOnlyList<AssignmentCondition> conditions) =>
        conditions.Count == 0 ? text["Summary.Any"] : string.Join(text["Summary.And"], conditions.Select(Condition));

    public string Strategy(AssignmentStrategy strategy, AssignmentChoices choices) => strategy.Kind switch
    {
        StrategyKind.NamedOwner =>
            string.Format(text["StrategySummary.NamedOwner"], UserName(choices, strategy.UserId)),
        StrategyKind.TerritoryOwner when strategy.TeamId is null => text["StrategySummary.TerritoryOwner"],
        StrategyKind.TerritoryOwner =>
            string.Format(text["StrategySummary.TerritoryOwnerInTeam"], TeamName(choices, strategy.TeamId)),
        _ => string.Format(text[$"StrategySummary.{strategy.Kind}"], TeamName(choices, strategy.TeamId)),
    };

    /// <summary>The one-line summary of a rule: its conditions, an arrow, its strategy.</summary>
    public string Summary(AssignmentRuleRow rule, AssignmentChoices choices) =>
        string.Format(text["Summary.Rule"], Conditions(rule.Conditions), Strategy(rule.Strategy, choices));

    public string Fallback(AssignmentRuleRow rule, AssignmentChoices choices) =>
        string.Format(text["Rule.Fallback"], TeamName(choices, rule.QueueTeamId));

    /// <summary>The engine's reason in the reader's language; its English text for a code this build lacks.</summary>
    public string Reason(AssignmentReason reason) => Reason(reason.Code, reason.Arguments) ?? reason.Text;

    /// <summary>
    /// A reason kept as its code and arguments (a lead's note) in the reader's language; null for
    /// a code this build does not know.
    /// </summary>
    public string? Reason(string code, IReadOnlyList<string> arguments)
    {
        var format = text[$"Reason.{code}"];

        return format.ResourceNotFound ? null : string.Format(format, [.. arguments]);
    }

    public string Skip(SkippedUser skipped)
    {
        var why = skipped.Reason == SkipReason.AtCapacity
            ? string.Format(text["Skip.AtCapacity"], skipped.OpenCount, skipped.CapacityLimit)
            : text[$"Skip.{skipped.Reason}"].Value;

        return string.Format(text["Skip.Line"], skipped.DisplayName, why);
    }

    public string Failure(ConditionFailure failure) =>
        string.Format(
            text["Check.Failed"], Condition(failure.Condition),
            failure.Actual is null ? text["Check.Empty"] : Value(failure.Condition.Field, failure.Actual));

    public static string UserName(AssignmentChoices choices, Guid? userId) =>
        choices.Users.FirstOrDefault(u => u.Id == userId)?.DisplayName ?? "?";

    public static string TeamName(AssignmentChoices choices, Guid? teamId) =>
        choices.Teams.FirstOrDefault(t => t.Id == teamId)?.Name ?? "?";
}
