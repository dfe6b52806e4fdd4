using Crm.Infrastructure.Export;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Infrastructure.Tests.Export;

/// <summary>A small table with every cell kind, Chinese text, quotes, line breaks and formula triggers.</summary>
internal static class ExportFixtures
{
    public static readonly string[] Header = ["客户", "Note", "Amount", "Count", "Closed", "At"];

    public static ExportTable SmallTable() => ExportTable.From("Mixed 客户", Header,
    [
        [
            "上海贸易有限公司", "He said \"hi\", then left", ExportCell.Money(-123450), ExportCell.Integer(-3),
            ExportCell.Date(new DateOnly(2026, 4, 7)), ExportCell.DateTime(new DateTime(2026, 4, 7, 9, 30, 5)),
        ],
        [
            "=HYPERLINK(\"http://x\")", "line1\nline2", ExportCell.Money(5), ExportCell.Decimal(-0.125m),
            ExportCell.Empty, ExportCell.Empty,
        ],
        ["-5 discount", "+86 138", "@SUM(A1)", "\tTab", "\rCR", "ok"],
    ]);

    public static TableExporter Exporter() => new(NullLogger<TableExporter>.Instance);

    public static async Task<byte[]> WriteAsync(ExportTable table, ExportFormat format)
    {
        using var output = new MemoryStream();
        await Exporter().WriteAsync(table, format, output, TestContext.Current.CancellationToken);

        return output.ToArray();
    }
}
