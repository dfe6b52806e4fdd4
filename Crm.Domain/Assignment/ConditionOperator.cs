namespace Crm.Domain.Assignment;

/// <summary>
/// How a condition compares a field of the record with the rule's value or values. Text is
/// compared ignoring case and surrounding spaces; Chinese text is compared as it is.
/// </summary>
public enum ConditionOperator
{
    /// <summary>The field equals the value (numbers by value, text ignoring case).</summary>
    EqualTo = 1,

    /// <summary>The field equals any one of the values.</summary>
    OneOf = 2,

    /// <summary>Text: the field contains the value.</summary>
    Contains = 3,

    /// <summary>Text: the field starts with the value.</summary>
    StartsWith = 4,

    /// <summary>Number: the field is greater than or equal to the value.</summary>
    AtLeast = 5,

    /// <summary>Number: the field is less than or equal to the value.</summary>
    AtMost = 6,
}
