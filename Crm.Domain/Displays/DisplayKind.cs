namespace Crm.Domain.Displays;

/// <summary>Which floor a wall display serves: it decides the scope it shows and the panels it may hold.</summary>
public enum DisplayKind
{
    /// <summary>A sales team (or every team) and optionally one pipeline.</summary>
    Sales = 1,

    /// <summary>A support team and optionally one of its queues.</summary>
    Service = 2,
}
