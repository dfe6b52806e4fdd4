namespace Crm.Web.Export;

/// <summary>Marker for ExportText.resx: the export menu every chart card and table shares.</summary>
public sealed class ExportText;
