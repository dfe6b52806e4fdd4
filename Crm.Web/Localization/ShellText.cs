namespace Crm.Web.Localization;

/// <summary>Marker for ShellText.resx: the app bar, navigation and shared words.</summary>
public sealed class ShellText;
