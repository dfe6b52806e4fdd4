namespace Crm.Web.Displays.Service;

/// <summary>Marker for ServiceWallText.resx: what the service panels say.</summary>
public sealed class ServiceWallText;
