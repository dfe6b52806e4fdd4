using Crm.Infrastructure.Export;

namespace Crm.Infrastructure.Tests.Export;

/// <summary>Past Excel's row limit the rows go on in another worksheet (here with a limit of 3 rows).</summary>
public sealed class XlsxSheetSplitTests
{
    private static async Task<byte[]> WriteFiveRowsAsync()
    {
        var rows = Enumerable.Range(1, 5).Select(i => (IReadOnlyList<ExportCell>)[ExportCell.Integer(i)]);
        using var output = new MemoryStream();
        await XlsxTableWriter.WriteAsync(
            ExportTable.From("Leads", ["Id"], rows), output, TestContext.Current.CancellationToken, rowsPerSheet: 3);

        return output.ToArray();
    }

    [Fact]
    public async Task WriteAsync_MoreRowsThanASheetHolds_NamesTheNextSheets()
    {
        var bytes = await WriteFiveRowsAsync();

        // 3 rows a sheet, header included: rows 1–2, 3–4, 5.
        Assert.Equal(["Leads", "Leads (2)", "Leads (3)"], XlsxReadBack.SheetNames(bytes));
    }

    [Fact]
    public async Task WriteAsync_NextSheet_StartsWithTheHeaderThenGoesOn()
    {
        var bytes = await WriteFiveRowsAsync();

        var cells = XlsxReadBack.Read(bytes, sheetIndex: 1).Cells;
        Assert.Equal(["Id", "3", "4"], new[] { "A1", "A2", "A3" }.Select(r => cells[r].Value));
    }

    [Fact]
    public async Task WriteAsync_NoRows_StillWritesTheHeaderSheet()
    {
        using var output = new MemoryStream();
        var table = ExportTable.From("", ["Id"], []);

        await XlsxTableWriter.WriteAsync(table, output, TestContext.Current.CancellationToken);

        Assert.Equal(["Sheet"], XlsxReadBack.SheetNames(output.ToArray()));
    }
}
