namespace Crm.Infrastructure.Export;

/// <summary>
/// One typed cell of an exported table. Numbers stay numbers (a negative amount is written as a
/// number, never as neutralised text); only <see cref="ExportCellKind.Text"/> cells are guarded
/// against formula injection.
/// </summary>
public readonly record struct ExportCell
{
    private ExportCell(ExportCellKind kind, string? text = null, decimal number = 0, DateTime moment = default)
    {
        Kind = kind;
        TextValue = text;
        Number = number;
        Moment = moment;
    }

    public ExportCellKind Kind { get; }

    /// <summary>The text of a <see cref="ExportCellKind.Text"/> cell, as given (not yet neutralised).</summary>
    public string? TextValue { get; }

    /// <summary>The value of an integer, decimal or money cell (money already divided by 100).</summary>
    public decimal Number { get; }

    /// <summary>The value of a date (at midnight) or date-time cell.</summary>
    public DateTime Moment { get; }

    public static ExportCell Empty { get; } = new(ExportCellKind.Empty);

    /// <summary>A text cell; null or empty text gives an empty cell.</summary>
    public static ExportCell Text(string? text) =>
        string.IsNullOrEmpty(text) ? Empty : new(ExportCellKind.Text, text);

    public static ExportCell Integer(long value) => new(ExportCellKind.Integer, number: value);

    public static ExportCell Decimal(decimal value) => new(ExportCellKind.Decimal, number: value);

    /// <summary>An amount in minor units (fen, cents): <c>-123450</c> is written as <c>-1234.50</c>.</summary>
    public static ExportCell Money(long minorUnits) => new(ExportCellKind.Money, number: minorUnits / 100m);

    public static ExportCell Date(DateOnly date) =>
        new(ExportCellKind.Date, moment: date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified));

    /// <summary>A date-time as the reader should see it; its kind is ignored, no zone is converted.</summary>
    public static ExportCell DateTime(DateTime value) =>
        new(ExportCellKind.DateTime, moment: System.DateTime.SpecifyKind(value, DateTimeKind.Unspecified));

    public static implicit operator ExportCell(string? text) => Text(text);
}
