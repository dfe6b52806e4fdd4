using System.Globalization;

namespace Crm.Domain.Assignment;

/// <summary>
/// One test of a rule: <see cref="Field"/> of the record compared by <see cref="Operator"/>
/// with <see cref="Values"/> (one value, or several for <see cref="ConditionOperator.OneOf"/>).
/// A condition on a field the record lacks does not hold. The rule that owns the condition
/// checks that the field exists for its kind and that the values fit the operator.
/// </summary>
public sealed record AssignmentCondition(string Field, ConditionOperator Operator, IReadOnlyList<string> Values)
{
    private const NumberStyles NumberStyle = NumberStyles.Number;

    /// <summary>Whether <paramref name="actual"/>, the record's value of the field, passes the test.</summary>
    public bool Holds(string? actual, AssignmentFieldType type)
    {
        if (string.IsNullOrWhiteSpace(actual) || Values.Count == 0)
        {
            return false;
        }

        var value = actual.Trim();

        return Operator switch
        {
            ConditionOperator.EqualTo or ConditionOperator.OneOf => Values.Any(v => SameValue(value, v, type)),
            ConditionOperator.Contains => value.Contains(Values[0].Trim(), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.StartsWith => value.StartsWith(Values[0].Trim(), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.AtLeast => CompareNumbers(value, Values[0]) is >= 0,
            ConditionOperator.AtMost => CompareNumbers(value, Values[0]) is <= 0,
            _ => false,
        };
    }

    /// <summary>Reads a number the way conditions do: invariant digits, an optional sign, separators allowed.</summary>
    public static bool TryParseNumber(string? text, out decimal number) =>
        decimal.TryParse(text?.Trim(), NumberStyle, CultureInfo.InvariantCulture, out number);

    public bool Equals(AssignmentCondition? other) =>
        other is not null && Field == other.Field && Operator == other.Operator && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Field, Operator, Values.Count);

    private static bool SameValue(string actual, string expected, AssignmentFieldType type) =>
        type == AssignmentFieldType.Number
            ? CompareNumbers(actual, expected) is 0
            : string.Equals(actual, expected.Trim(), StringComparison.OrdinalIgnoreCase);

    // Null when either side is not a number, so no comparison holds.
    private static int? CompareNumbers(string actual, string expected) =>
        TryParseNumber(actual, out var left) && TryParseNumber(expected, out var right)
            ? left.CompareTo(right)
            : null;
}
