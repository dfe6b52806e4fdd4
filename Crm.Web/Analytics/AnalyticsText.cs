namespace Crm.Web.Analytics;

/// <summary>Marker for AnalyticsText.resx: the sales and customer dashboards, their periods and filters.</summary>
public sealed class AnalyticsText;
