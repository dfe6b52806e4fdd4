namespace Crm.Web.Charts;

/// <summary>Marker for ChartText.resx: the charts' own texts and the chart card.</summary>
public sealed class ChartText;
