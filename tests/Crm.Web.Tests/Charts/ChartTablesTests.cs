using System.Globalization;
using Crm.Infrastructure.Export;
using Crm.Web.Charts;

namespace Crm.Web.Tests.Charts;

public sealed class ChartTablesTests
{
    public ChartTablesTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-US");

    [Fact]
    public void ForSeries_CategoryMissingInOneSeries_LeavesThatCellEmpty()
    {
        ChartSeries[] series =
        [
            new("won", "Won", [new("w1", "Li Wei", 3), new("w2", "Wang Fang", 2)]),
            new("lost", "Lost", [new("l2", "Wang Fang", 1, "one")]),
        ];

        var table = ChartTables.ForSeries("Won and lost", "Rep", series);

        Assert.Equal(["Rep", "Won", "Lost"], table.Header);
        Assert.Equal(["Li Wei", "3", ""], table.Rows[0].Select(c => c.Display));
        Assert.Equal([ExportCellKind.Text, ExportCellKind.Decimal, ExportCellKind.Decimal],
            table.Rows[1].Select(c => c.Value.Kind));
    }

    [Fact]
    public void ForHeatMap_TwoCells_GivesSevenDaysOf24HoursFromMonday()
    {
        HeatMapCell[] cells = [new("a", DayOfWeek.Monday, 9, 5), new("b", DayOfWeek.Sunday, 0, 1)];

        var table = ChartTables.ForHeatMap("Tickets", "Day", cells);

        Assert.Equal((7, 25), (table.Rows.Count, table.Header.Count));
        var monday = table.Rows[0];
        Assert.Equal(("Monday", "5", "0"), (monday[0].Display, monday[10].Display, monday[9].Display));
        Assert.Equal(("Sunday", "1"), (table.Rows[6][0].Display, table.Rows[6][1].Display));
    }

    [Fact]
    public void ToExport_FunnelTable_KeepsAmountsAsMoney()
    {
        var table = ChartTables.ForFunnel("Funnel", "Stage", "Count", "Amount",
            [new FunnelSegment("q", "Qualify", 2, -150, "-¥1.50")]);

        var row = table.Rows.Single();

        Assert.Equal((ExportCellKind.Money, -1.50m), (row[2].Value.Kind, row[2].Value.Number));
    }
}
