using System.Text;
using Crm.Infrastructure.Export;

namespace Crm.Infrastructure.Tests.Export;

public sealed class CsvExportTests
{
    [Fact]
    public async Task WriteAsync_MixedTable_WritesExactBytes()
    {
        var table = ExportFixtures.SmallTable();

        var bytes = await ExportFixtures.WriteAsync(table, ExportFormat.Csv);

        // BOM, then RFC 4180: quotes doubled inside quoted fields, CRLF after each row; text starting
        // with = + - @ tab CR gets a leading quote; money -123450 minor units is -1234.50, 5 is 0.05.
        const string text =
            "客户,Note,Amount,Count,Closed,At\r\n" +
            "上海贸易有限公司,\"He said \"\"hi\"\", then left\",-1234.50,-3,2026-04-07,2026-04-07 09:30:05\r\n" +
            "\"'=HYPERLINK(\"\"http://x\"\")\",\"line1\nline2\",0.05,-0.125,,\r\n" +
            "'-5 discount,'+86 138,'@SUM(A1),'\tTab,\"'\rCR\",ok\r\n";
        byte[] expected = [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public async Task WriteAsync_HeaderOnly_WritesBomAndHeaderLine()
    {
        var table = ExportTable.From("Empty", ["A", "=B"], []);

        var bytes = await ExportFixtures.WriteAsync(table, ExportFormat.Csv);

        byte[] expected = [0xEF, 0xBB, 0xBF, .. "A,'=B\r\n"u8.ToArray()];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public async Task WriteAsync_RowWiderThanHeader_ThrowsNamingTheRow()
    {
        var table = ExportTable.From("Bad", ["A"], [["1"], ["2", "3"]]);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => ExportFixtures.WriteAsync(table, ExportFormat.Csv));

        Assert.Contains("row 2 has 2 cells but the header has 1", error.Message);
    }
}
