using Bunit;
using Crm.Domain.Forecasting;
using Crm.Web.Forecasting;
using Crm.Web.Tests.Analytics;

namespace Crm.Web.Tests.Forecasting;

public sealed class ForecastTableExportTests : DashboardTestContext
{
    // Amy: ¥50,000.00 won, ¥20,000.00 commit, ¥5,000.00 best case, ¥1,000.00 pipeline, ¥6,300.00
    // weighted, a -¥1,234.50 adjustment: forecast 50,000 + 20,000 - 1,234.50 = ¥68,765.50.
    private static readonly ForecastLine Amy = new(
        ForecastSubjectKind.Rep, Guid.NewGuid(),
        new ForecastFigures(5_000_000, 2_000_000, 500_000, 100_000, 630_000, 0), -123_450, -123_450);

    private static readonly ForecastLine Total = Amy with { Kind = ForecastSubjectKind.Organization, SubjectId = null };

    [Fact]
    public async Task ExportCsv_Clicked_HoldsEveryRowShownWithAmountsAsMoney()
    {
        RenderProviders();
        var table = Render<ForecastTable>(p => p
            .Add(t => t.Rows, [new ForecastRow(Amy, "=Amy", true), new ForecastRow(Total, "Total", false)])
            .Add(t => t.Currency, "CNY"));

        var (name, csv) = await ExportCsvAsync(table, "forecast-export");

        Assert.Equal("Forecast 2026-03-02.csv", name);
        Assert.Equal(
            "\uFEFFRep,Closed won,Commit,Best case,Pipeline,Weighted,Adjustment,Forecast\r\n"
            + "'=Amy,50000.00,20000.00,5000.00,1000.00,6300.00,-1234.50,68765.50\r\n"
            + "Total,50000.00,20000.00,5000.00,1000.00,6300.00,-1234.50,68765.50\r\n", csv);
    }

    [Fact]
    public void Render_NoRows_NoExport()
    {
        var table = Render<ForecastTable>(p => p.Add(t => t.Rows, []).Add(t => t.Currency, "CNY"));

        Assert.Empty(table.FindAll("[data-testid=forecast-export]"));
    }
}
