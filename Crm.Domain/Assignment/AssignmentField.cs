namespace Crm.Domain.Assignment;

/// <summary>What kind of value a field holds, which decides the operators a condition may use.</summary>
public enum AssignmentFieldType
{
    /// <summary>Free text: equals, one of, contains, starts with.</summary>
    Text = 1,

    /// <summary>A number: equals, at least, at most.</summary>
    Number = 2,

    /// <summary>One of a fixed set of stable names (an enum): equals, one of.</summary>
    Choice = 3,
}

/// <summary>
/// A field of the record being assigned that conditions can test. <see cref="Choices"/> lists
/// the stable names a <see cref="AssignmentFieldType.Choice"/> field takes; empty otherwise.
/// </summary>
public sealed record AssignmentField(string Name, AssignmentFieldType Type, IReadOnlyList<string> Choices)
{
    private static readonly ConditionOperator[] TextOperators =
        [ConditionOperator.EqualTo, ConditionOperator.OneOf, ConditionOperator.Contains, ConditionOperator.StartsWith];

    private static readonly ConditionOperator[] NumberOperators =
        [ConditionOperator.EqualTo, ConditionOperator.AtLeast, ConditionOperator.AtMost];

    private static readonly ConditionOperator[] ChoiceOperators = [ConditionOperator.EqualTo, ConditionOperator.OneOf];

    /// <summary>The operators a condition on this field may use, in the order a picker shows them.</summary>
    public IReadOnlyList<ConditionOperator> Operators => Type switch
    {
        AssignmentFieldType.Number => NumberOperators,
        AssignmentFieldType.Choice => ChoiceOperators,
        _ => TextOperators,
    };

    public bool Allows(ConditionOperator op) => Operators.Contains(op);
}
