using Plotly.Blazor;
using Plotly.Blazor.Interop;

namespace Crm.Web.Charts;

/// <summary>
/// What a chart component hands to Plotly: the traces, the layout, and how a clicked point maps back
/// to the key of the segment it was built from (null when the point has no segment behind it).
/// </summary>
public sealed record ChartPlot(IList<ITrace> Traces, Layout Layout, Func<EventDataPoint, string?> KeyOf)
{
    /// <summary>
    /// The key of point <c>PointIndex</c> of trace <c>TraceIndex</c> in a list of lists of keys; a
    /// null key is a place without a segment (a gap in a line).
    /// </summary>
    public static Func<EventDataPoint, string?> ByIndex(IReadOnlyList<IReadOnlyList<string?>> keys) =>
        point => point.TraceIndex >= 0 && point.TraceIndex < keys.Count
            && ChartPoints.AsIndex(point.PointIndex) is { } index && index >= 0 && index < keys[point.TraceIndex].Count
            ? keys[point.TraceIndex][index]
            : null;
}
