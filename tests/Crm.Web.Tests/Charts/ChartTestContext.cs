using Bunit;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Interop;

namespace Crm.Web.Tests.Charts;

/// <summary>The CRM's bUnit context and ways to reach the Plotly component.</summary>
public abstract class ChartTestContext : CrmTestContext
{
    protected ChartTestContext(string culture = "en-US")
        : base(culture)
    {
    }

    protected static PlotlyChart Plot<TComponent>(IRenderedComponent<TComponent> cut)
        where TComponent : class, IComponent =>
        cut.FindComponent<PlotlyChart>().Instance;

    protected static TTrace Trace<TTrace, TComponent>(IRenderedComponent<TComponent> cut, int index = 0)
        where TComponent : class, IComponent =>
        Assert.IsType<TTrace>(Plot(cut).Data[index]);

    /// <summary>What Plotly.Blazor does when the browser reports a click on a point.</summary>
    protected static Task ClickAsync<TComponent>(IRenderedComponent<TComponent> cut, EventDataPoint point)
        where TComponent : class, IComponent
    {
        var plot = Plot(cut);

        return cut.InvokeAsync(() => plot.ClickEvent([point]));
    }
}
