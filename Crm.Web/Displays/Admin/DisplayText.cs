namespace Crm.Web.Displays.Admin;

/// <summary>Marker for DisplayText.resx: the page where managers set wall displays up.</summary>
public sealed class DisplayText;
