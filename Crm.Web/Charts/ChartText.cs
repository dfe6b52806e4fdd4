namespace Crm.Web.Charts;

/// <summary>Marker for ChartText.resx: the charts' own texts, the chart card and the export menu.</summary>
public sealed class ChartText;
