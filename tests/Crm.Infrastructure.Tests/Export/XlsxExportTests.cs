using Crm.Infrastructure.Export;

namespace Crm.Infrastructure.Tests.Export;

public sealed class XlsxExportTests
{
    private static async Task<IReadOnlyDictionary<string, XlsxCell>> CellsAsync()
    {
        var bytes = await ExportFixtures.WriteAsync(ExportFixtures.SmallTable(), ExportFormat.Xlsx);

        return XlsxReadBack.Read(bytes).Cells;
    }

    [Fact]
    public async Task WriteAsync_Header_IsTextInFirstRow()
    {
        var cells = await CellsAsync();

        Assert.Equal(["客户", "Note", "Amount"], new[] { "A1", "B1", "C1" }.Select(r => cells[r].Value));
    }

    [Fact]
    public async Task WriteAsync_NegativeMoney_IsNumberWithTwoPlaces()
    {
        var cells = await CellsAsync();

        // -123450 minor units = -1234.50, a number cell formatted with two places.
        Assert.Equal(new XlsxCell("C2", "number", "-1234.5", "#,##0.00"), cells["C2"]);
    }

    [Fact]
    public async Task WriteAsync_IntegerAndDecimal_AreNumbers()
    {
        var cells = await CellsAsync();

        Assert.Equal(("number", "-3"), (cells["D2"].Type, cells["D2"].Value));
        Assert.Equal(("number", "-0.125"), (cells["D3"].Type, cells["D3"].Value));
    }

    [Fact]
    public async Task WriteAsync_DateAndDateTime_AreSerialNumbersWithDateFormats()
    {
        var cells = await CellsAsync();

        // 2026-04-07 is day 46119 after 1899-12-30; 09:30:05 is 34205 / 86400 of a day.
        var expectedDateTime = new DateTime(2026, 4, 7, 9, 30, 5).ToOADate();
        Assert.Equal(new XlsxCell("E2", "number", "46119", "yyyy-mm-dd"), cells["E2"]);
        var actual = double.Parse(cells["F2"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedDateTime, actual, precision: 9);
        Assert.Equal("yyyy-mm-dd hh:mm:ss", cells["F2"].Format);
    }

    [Fact]
    public async Task WriteAsync_FormulaLikeText_IsQuotedString()
    {
        var cells = await CellsAsync();

        Assert.Equal(("'=HYPERLINK(\"http://x\")", "'-5 discount"), (cells["A3"].Value, cells["A4"].Value));
        Assert.All(new[] { "A3", "A4", "B4", "C4" }, r => Assert.NotEqual("number", cells[r].Type));
    }

    [Fact]
    public async Task WriteAsync_TextWithLineBreak_KeepsIt()
    {
        var cells = await CellsAsync();

        Assert.Equal("line1\nline2", cells["B3"].Value);
    }

    [Fact]
    public async Task WriteAsync_Title_NamesTheSheet()
    {
        var bytes = await ExportFixtures.WriteAsync(ExportFixtures.SmallTable(), ExportFormat.Xlsx);

        Assert.Equal("Mixed 客户", XlsxReadBack.Read(bytes).SheetName);
    }
}
