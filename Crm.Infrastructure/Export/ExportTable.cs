namespace Crm.Infrastructure.Export;

/// <summary>
/// A table to export: a header row and rows of typed cells, read once, in order, as they are
/// written. Every row has exactly as many cells as the header.
/// </summary>
/// <param name="Title">Names the worksheet and, with the date, the file (<see cref="ExportFileName"/>).</param>
public sealed record ExportTable(
    string Title,
    IReadOnlyList<string> Header,
    IAsyncEnumerable<IReadOnlyList<ExportCell>> Rows)
{
    /// <summary>A table over rows already at hand (a chart's data, a page of a grid).</summary>
    public static ExportTable From(
        string title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<ExportCell>> rows) =>
        new(title, header, rows.ToAsyncEnumerable());
}
