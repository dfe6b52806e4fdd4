namespace Crm.Infrastructure.Export;

/// <summary>What a cell holds, which decides how CSV formats it and which XLSX cell type it becomes.</summary>
public enum ExportCellKind
{
    /// <summary>No value: an empty CSV field, an empty XLSX cell.</summary>
    Empty,

    /// <summary>Text, neutralised against formula injection when it starts with a trigger character.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>An exact decimal number, written as given.</summary>
    Decimal,

    /// <summary>An amount in minor units, written as a decimal with two places.</summary>
    Money,

    /// <summary>A calendar date without time.</summary>
    Date,

    /// <summary>A date and time, written as given (the caller converts to the reader's time zone).</summary>
    DateTime,
}
