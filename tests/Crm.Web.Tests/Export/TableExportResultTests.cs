using System.Text;
using Crm.Infrastructure.Export;
using Crm.Web.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Web.Tests.Export;

public sealed class TableExportResultTests
{
    private static readonly ExportTable Table = ExportTable.From("赢单 Won", ["Rep", "Amount"],
        [["李伟", ExportCell.Money(-250)], ["@Wang", ExportCell.Money(120_000)]]);

    private static async Task<DefaultHttpContext> ExecuteAsync(ExportFormat format)
    {
        var services = new ServiceCollection()
            .AddSingleton<ITableExporter>(new TableExporter(NullLogger<TableExporter>.Instance))
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        await new TableExportResult(Table, format, new DateOnly(2026, 4, 7)).ExecuteAsync(context);

        return context;
    }

    [Fact]
    public async Task ExecuteAsync_Csv_WritesTheTableIntoTheResponse()
    {
        var context = await ExecuteAsync(ExportFormat.Csv);

        var body = ((MemoryStream)context.Response.Body).ToArray();
        Assert.Equal("\uFEFFRep,Amount\r\n李伟,-2.50\r\n'@Wang,1200.00\r\n", Encoding.UTF8.GetString(body));
        Assert.Equal("text/csv; charset=utf-8", context.Response.ContentType);
    }

    [Fact]
    public async Task ExecuteAsync_Xlsx_AttachesUnderTheDatedUtf8Name()
    {
        var context = await ExecuteAsync(ExportFormat.Xlsx);

        var disposition = context.Response.Headers.ContentDisposition.ToString();
        Assert.StartsWith("attachment;", disposition);
        Assert.Contains("filename*=UTF-8''%E8%B5%A2%E5%8D%95%20Won%202026-04-07.xlsx", disposition);
    }
}
