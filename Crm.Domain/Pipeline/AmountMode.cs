namespace Crm.Domain.Pipeline;

/// <summary>Where an opportunity's amount comes from.</summary>
public enum AmountMode
{
    /// <summary>Typed in; line items, if any, do not change it.</summary>
    Manual = 1,

    /// <summary>Always the sum of the line totals; recalculated on every line change.</summary>
    LineItems = 2,
}
