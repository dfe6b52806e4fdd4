namespace Crm.Web.Forecasting;

/// <summary>Marker for ForecastText.resx: the forecast page, its adjust dialog and its changes list.</summary>
public sealed class ForecastText;
