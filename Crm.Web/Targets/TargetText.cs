namespace Crm.Web.Targets;

/// <summary>Marker for TargetText.resx: the targets admin page and the attainment page.</summary>
public sealed class TargetText;
