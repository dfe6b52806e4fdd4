namespace Crm.Web.Leads;

/// <summary>Marker for LeadText.resx: the lead list, lead page, lead dialogs and the web-to-lead answers.</summary>
public sealed class LeadText;
