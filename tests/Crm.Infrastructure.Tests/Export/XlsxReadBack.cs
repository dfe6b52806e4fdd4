using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Crm.Infrastructure.Tests.Export;

/// <summary>One cell as Excel reads it: its type, its stored value and its number format code.</summary>
internal sealed record XlsxCell(string Reference, string Type, string Value, string? Format);

/// <summary>Reads a worksheet of a workbook back with the Open XML SDK.</summary>
internal static class XlsxReadBack
{
    public static (string SheetName, IReadOnlyDictionary<string, XlsxCell> Cells) Read(
        byte[] workbook, int sheetIndex = 0)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Descendants<Sheet>().ElementAt(sheetIndex);
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var formats = Formats(workbookPart);
        var cells = new Dictionary<string, XlsxCell>();
        var rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowNumber++;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var reference = cell.CellReference?.Value ?? $"{(char)('A' + column)}{rowNumber}";
                column++;
                cells[reference] = Describe(reference, cell, formats);
            }
        }

        return (sheet.Name!.Value!, cells);
    }

    public static IReadOnlyList<string> SheetNames(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        return document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    private static XlsxCell Describe(string reference, Cell cell, IReadOnlyList<string?> formats)
    {
        var type = cell.DataType?.Value is { } dataType ? dataType.ToString() : "number";
        var value = cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
        var format = cell.StyleIndex?.Value is { } index ? formats[(int)index] : null;

        return new XlsxCell(reference, type, value, format);
    }

    private static List<string?> Formats(WorkbookPart workbookPart)
    {
        var stylesheet = workbookPart.WorkbookStylesPart!.Stylesheet;
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value) ?? [];

        return stylesheet.CellFormats!.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id && custom.TryGetValue(id, out var code) ? code : null)
            .ToList();
    }
}
