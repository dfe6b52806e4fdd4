namespace Crm.Web.Tickets;

/// <summary>Marker for TicketText.resx: the ticket list, the ticket page and the new-ticket dialog.</summary>
public sealed class TicketText;
