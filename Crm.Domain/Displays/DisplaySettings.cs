using System.Collections.Immutable;
using Crm.Domain.Forecasting;

namespace Crm.Domain.Displays;

/// <summary>
/// Everything a manager sets on a wall display: its name, what it shows (kind and scope), its
/// pages, how fast they turn, its look and its language. <see cref="Display.Create"/> and
/// <see cref="Display.Edit"/> check it; that the team, pipeline or queue exists is the service's
/// to check.
/// </summary>
/// <param name="Name">What the display is called on its screen and in the list.</param>
/// <param name="Kind">Sales or service; fixed once the display exists.</param>
/// <param name="TeamId">
/// Sales: one sales team, or null for every sales team. Service: the support team (required).
/// </param>
/// <param name="Pages">The rotation, in order.</param>
/// <param name="Language">The screen's language, whatever the TV's browser prefers.</param>
public sealed record DisplaySettings(
    string Name,
    DisplayKind Kind,
    Guid? TeamId,
    ImmutableArray<DisplayPage> Pages,
    string Language)
{
    /// <summary>Sales only: one pipeline of the team's, or null for all of them.</summary>
    public Guid? PipelineId { get; init; }

    /// <summary>Service only: one queue of the team, or null for all of its tickets.</summary>
    public Guid? QueueId { get; init; }

    /// <summary>The fiscal period the sales panels count in; service panels count today.</summary>
    public PeriodKind Period { get; init; } = PeriodKind.Month;

    /// <summary>How long each page stays before the next one turns up.</summary>
    public TimeSpan Rotation { get; init; } = TimeSpan.FromSeconds(30);

    public DisplayTheme Theme { get; init; } = DisplayTheme.Dark;

    /// <summary>Sales only: a won opportunity fills the screen for a few seconds.</summary>
    public bool CelebrateWins { get; init; } = true;

    /// <summary>With <see cref="CelebrateWins"/>: the celebration rings a short chime.</summary>
    public bool PlaySound { get; init; }
}
