namespace Crm.Web.Tickets.Satisfaction;

/// <summary>Marker for SatisfactionText.resx: the survey page, the rating on tickets, the figures page.</summary>
public sealed class SatisfactionText;
