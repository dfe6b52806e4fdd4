namespace Crm.Web.Tickets.Sla;

/// <summary>Marker for TicketSlaText.resx: SLA escalation rules and the live countdown.</summary>
public sealed class TicketSlaText;
