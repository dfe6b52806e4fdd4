namespace Crm.Domain.Assignment;

/// <summary>What kind of value a field holds, which decides the operators a condition may use.</summary>
public enum AssignmentFieldType
{
    /// <summary>Free text: equals, one of, contains, starts with.</summary>
    Text = 1,

    /// <summary>One of a fixed set of stable names (an enum): equals, one of.</summary>
    Choice = 3,

    /// <summary>
    /// One of a fixed, ordered set of stable names (bands such as company sizes): equals, one of,
    /// and at least / at most, which compare positions in the set.
    /// </summary>
    Ranked = 4,
}

/// <summary>
/// A field of the record being assigned that conditions can test. <see cref="Choices"/> lists
/// the stable names a <see cref="AssignmentFieldType.Choice"/> or
/// <see cref="AssignmentFieldType.Ranked"/> field takes (for a ranked field, smallest first);
/// empty for text.
/// </summary>
public sealed record AssignmentField(string Name, AssignmentFieldType Type, IReadOnlyList<string> Choices)
{
    private static readonly ConditionOperator[] TextOperators =
        [ConditionOperator.EqualTo, ConditionOperator.OneOf, ConditionOperator.Contains, ConditionOperator.StartsWith];

    private static readonly ConditionOperator[] ChoiceOperators = [ConditionOperator.EqualTo, ConditionOperator.OneOf];

    private static readonly ConditionOperator[] RankedOperators =
        [ConditionOperator.EqualTo, ConditionOperator.OneOf, ConditionOperator.AtLeast, ConditionOperator.AtMost];

    /// <summary>The operators a condition on this field may use, in the order a picker shows them.</summary>
    public IReadOnlyList<ConditionOperator> Operators => Type switch
    {
        AssignmentFieldType.Choice => ChoiceOperators,
        AssignmentFieldType.Ranked => RankedOperators,
        _ => TextOperators,
    };

    /// <summary>Whether values are picked from <see cref="Choices"/> rather than typed.</summary>
    public bool HasChoices => Type is AssignmentFieldType.Choice or AssignmentFieldType.Ranked;

    public bool Allows(ConditionOperator op) => Operators.Contains(op);

    /// <summary>Where <paramref name="value"/> stands among the choices (ignoring case); -1 when it is none.</summary>
    public int RankOf(string? value)
    {
        var trimmed = value?.Trim();
        for (var index = 0; index < Choices.Count; index++)
        {
            if (string.Equals(Choices[index], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>A text field of that name, for conditions on a field the kind does not know.</summary>
    public static AssignmentField TextNamed(string name) => new(name, AssignmentFieldType.Text, []);
}
