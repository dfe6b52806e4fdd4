using Crm.Infrastructure.Export;

namespace Crm.Infrastructure.Tests.Export;

/// <summary>
/// 200,000 rows produced one at a time into a sink that keeps nothing: the output must grow while
/// rows are still being produced, so neither rows nor the file are held whole.
/// </summary>
public sealed class StreamingExportTests
{
    private const int RowCount = 200_000;
    private const int Checkpoint = 20_000;

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task WriteAsync_200000Rows_OutputGrowsAtEveryCheckpoint(ExportFormat format)
    {
        var sink = new CountingSink();
        var seen = new List<long>();

        var rows = await ExportFixtures.Exporter().WriteAsync(
            Table(sink, seen), format, sink, TestContext.Current.CancellationToken);

        Assert.Equal(RowCount, rows);
        Assert.All(seen.Zip(seen.Skip(1)), p => Assert.True(p.Second > p.First, $"{p.First} → {p.Second}"));
        Assert.True(seen[^1] * 2 > sink.Written, $"{seen[^1]} of {sink.Written} bytes out before the last row");
    }

    // Records how much the sink had received whenever another 20,000 rows have been handed over.
    private static ExportTable Table(CountingSink sink, List<long> seen) =>
        new("Large", ["Id", "Account", "Amount", "Closed"], RowsAsync(sink, seen));

    private static async IAsyncEnumerable<IReadOnlyList<ExportCell>> RowsAsync(CountingSink sink, List<long> seen)
    {
        await Task.Yield();
        var day = new DateOnly(2026, 1, 1);
        for (var i = 1; i <= RowCount; i++)
        {
            if (i % Checkpoint == 0)
            {
                seen.Add(sink.Written);
            }

            yield return
            [
                ExportCell.Integer(i), $"客户 {i}", ExportCell.Money(i * 137L - 5_000_000),
                ExportCell.Date(day.AddDays(i % 365)),
            ];
        }
    }
}
