using System.Globalization;
using Bunit;
using Crm.Web.Charts;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;

namespace Crm.Web.Tests.Charts;

public sealed class HeatMapChartTests : ChartTestContext
{
    // 5 tickets on Monday 09:00–10:00, 2 on Sunday 23:00–24:00, nothing else.
    private static readonly HeatMapCell[] Tickets =
    [
        new("mon-09", DayOfWeek.Monday, 9, 5),
        new("sun-23", DayOfWeek.Sunday, 23, 2, "2 tickets"),
    ];

    private static List<decimal> Row(HeatMap map, int row) => ((IEnumerable<decimal>)map.Z[row]).ToList();

    [Fact]
    public void Render_Cells_GivesSevenRowsOf24HoursWithZerosElsewhere()
    {
        var cut = Render<HeatMapChart>(p => p.Add(c => c.Cells, Tickets));

        var map = Trace<HeatMap, HeatMapChart>(cut);
        Assert.Equal((7, 24), (map.Z.Count, Row(map, 0).Count));
        Assert.Equal((5m, 5m), (Row(map, 0)[9], Row(map, 0).Sum()));
        Assert.Equal((2m, 2m), (Row(map, 6)[23], Enumerable.Range(1, 6).Sum(r => Row(map, r).Sum())));
    }

    [Fact]
    public void Render_Labels_AreDaysFromMondayAndTwoDigitHours()
    {
        var cut = Render<HeatMapChart>(p => p.Add(c => c.Cells, Tickets));

        var map = Trace<HeatMap, HeatMapChart>(cut);
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], map.Y);
        Assert.Equal(("00", "23"), (map.X[0], map.X[23]));
    }

    [Fact]
    public void Render_ChineseCulture_NamesTheDaysInChinese()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

        var cut = Render<HeatMapChart>(p => p.Add(c => c.Cells, Tickets));

        Assert.Equal(["周一", "周二", "周三", "周四", "周五", "周六", "周日"], Trace<HeatMap, HeatMapChart>(cut).Y);
    }

    [Fact]
    public void Render_NoCells_ShowsTheEmptyState()
    {
        var cut = Render<HeatMapChart>(p => p.Add(c => c.Cells, []));

        Assert.Single(cut.FindAll("[data-testid=chart-empty]"));
    }

    [Fact]
    public async Task Click_SundayAt23_RaisesThatCellsKey()
    {
        string? clicked = null;
        var cut = Render<HeatMapChart>(p => p.Add(c => c.Cells, Tickets).Add(c => c.OnSegmentClick, k => clicked = k));

        await ClickAsync(cut, new EventDataPoint { TraceIndex = 0, X = "23", Y = "Sun" });

        Assert.Equal("sun-23", clicked);
    }
}
