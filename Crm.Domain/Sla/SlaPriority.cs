namespace Crm.Domain.Sla;

/// <summary>
/// The priority an SLA policy is chosen by. It has the same names, in the same order, as the
/// ticket's priority (Low, Medium, High, Critical); the ticket side maps by name
/// (<c>Enum.Parse&lt;SlaPriority&gt;(ticket.Priority.ToString())</c>) so neither feature depends on
/// the other's numbering.
/// </summary>
public enum SlaPriority
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
