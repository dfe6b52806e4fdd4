namespace Crm.Web.Displays.Wall;

/// <summary>
/// Marker for WallText.resx: what the wall's frame says (clock, last update, reconnecting, turned off).
/// </summary>
public sealed class WallText;
