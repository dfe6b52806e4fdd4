namespace Crm.Web.Sla;

/// <summary>Marker for SlaText.resx: the SLA calendar and policy administration.</summary>
public sealed class SlaText;
