namespace Crm.Domain.Displays;

/// <summary>
/// One tile of a wall display page. Sales panels (below 100) belong on sales displays, service
/// panels on service displays; <see cref="DisplayPanels.Fits"/> says which.
/// </summary>
public enum DisplayPanel
{
    /// <summary>Reps ranked by won amount in the period, with their won count and target.</summary>
    Leaderboard = 1,

    /// <summary>The newest wins and stage moves, as they happen.</summary>
    SalesFeed = 2,

    /// <summary>Open opportunities by stage: count and amount.</summary>
    Funnel = 3,

    /// <summary>Won in the period against the target, with where the pace says it should be.</summary>
    TargetGauge = 4,

    /// <summary>Won, commit, best case and pipeline for the period against the target.</summary>
    Forecast = 5,

    /// <summary>Calls, emails, meetings and visits logged today, per rep.</summary>
    ActivitiesToday = 6,

    /// <summary>Open tickets by status and priority.</summary>
    Queue = 101,

    /// <summary>Tickets at risk of missing their SLA, or past it, with live countdowns.</summary>
    AtRisk = 102,

    /// <summary>The team's agents and whether they are available, with their open tickets.</summary>
    Agents = 103,

    /// <summary>Tickets opened and resolved today.</summary>
    Today = 104,

    /// <summary>Satisfaction ratings received today.</summary>
    SatisfactionToday = 105,
}

/// <summary>Which panels fit which kind of display.</summary>
public static class DisplayPanels
{
    public static IReadOnlyList<DisplayPanel> Sales { get; } =
    [
        DisplayPanel.Leaderboard, DisplayPanel.SalesFeed, DisplayPanel.Funnel,
        DisplayPanel.TargetGauge, DisplayPanel.Forecast, DisplayPanel.ActivitiesToday,
    ];

    public static IReadOnlyList<DisplayPanel> Service { get; } =
    [
        DisplayPanel.Queue, DisplayPanel.AtRisk, DisplayPanel.Agents,
        DisplayPanel.Today, DisplayPanel.SatisfactionToday,
    ];

    public static IReadOnlyList<DisplayPanel> Of(DisplayKind kind) =>
        kind == DisplayKind.Sales ? Sales : Service;

    public static bool Fits(DisplayPanel panel, DisplayKind kind) => Of(kind).Contains(panel);
}
