namespace Crm.Web.Tickets.Customer360;

/// <summary>Marker for Customer360Text.resx: the ticket's customer card, ticket timeline entries and alerts.</summary>
public sealed class Customer360Text;
