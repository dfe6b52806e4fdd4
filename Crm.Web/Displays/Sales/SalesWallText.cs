namespace Crm.Web.Displays.Sales;

/// <summary>Marker for SalesWallText.resx: what the sales panels and the win celebration say.</summary>
public sealed class SalesWallText;
