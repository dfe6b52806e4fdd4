namespace Crm.Domain.Assignment;

/// <summary>
/// One test of a rule: <see cref="Field"/> of the record compared by <see cref="Operator"/>
/// with <see cref="Values"/> (one value, or several for <see cref="ConditionOperator.OneOf"/>).
/// A condition on a field the record lacks does not hold. The rule that owns the condition
/// checks that the field exists for its kind and that the values fit the operator.
/// </summary>
public sealed record AssignmentCondition(string Field, ConditionOperator Operator, IReadOnlyList<string> Values)
{
    /// <summary>
    /// Whether <paramref name="actual"/>, the record's value of <paramref name="field"/>, passes
    /// the test. Text and choices compare ignoring case and surrounding spaces; at least and at most
    /// compare the positions of ranked choices, and hold for no value outside the choices.
    /// </summary>
    public bool Holds(string? actual, AssignmentField field)
    {
        if (string.IsNullOrWhiteSpace(actual) || Values.Count == 0)
        {
            return false;
        }

        var value = actual.Trim();

        return Operator switch
        {
            ConditionOperator.EqualTo or ConditionOperator.OneOf => Values.Any(v => SameValue(value, v)),
            ConditionOperator.Contains => value.Contains(Values[0].Trim(), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.StartsWith => value.StartsWith(Values[0].Trim(), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.AtLeast => CompareRanks(field, value, Values[0]) is >= 0,
            ConditionOperator.AtMost => CompareRanks(field, value, Values[0]) is <= 0,
            _ => false,
        };
    }

    public bool Equals(AssignmentCondition? other) =>
        other is not null && Field == other.Field && Operator == other.Operator && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Field, Operator, Values.Count);

    private static bool SameValue(string actual, string expected) =>
        string.Equals(actual, expected.Trim(), StringComparison.OrdinalIgnoreCase);

    // Null when either side is not one of the ranked choices, so no comparison holds.
    private static int? CompareRanks(AssignmentField field, string actual, string expected)
    {
        if (field.Type != AssignmentFieldType.Ranked)
        {
            return null;
        }

        var (left, right) = (field.RankOf(actual), field.RankOf(expected));

        return left < 0 || right < 0 ? null : left.CompareTo(right);
    }
}
