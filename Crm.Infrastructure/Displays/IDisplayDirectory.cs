using System.Collections.Immutable;
using Crm.Domain.Displays;
using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Displays;

/// <summary>
/// What a wall display reads without anyone signed in: the display its kiosk token opens, and
/// word of every change to a display (edited, token rotated, revoked, deleted) from any server.
/// A token that is unknown, rotated away or revoked opens nothing; the caller cannot tell which.
/// </summary>
public interface IDisplayDirectory
{
    /// <summary>The live display <paramref name="token"/> opens, or null.</summary>
    Task<DisplayScreen?> FindAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="onChanged"/> with the display's id, on a background thread, after
    /// every committed change to a display; it must only schedule work. Dispose to stop.
    /// </summary>
    IDisposable Subscribe(Action<Guid> onChanged);
}

/// <summary>
/// A display as its screen shows it: scope, pages, rotation, look and language. Times on it are
/// shown in the organisation's <see cref="Zone"/>; texts in <see cref="Language"/>
/// (<c>zh-CN</c> or <c>en-US</c>), whatever the browser prefers.
/// </summary>
public sealed record DisplayScreen(
    Guid Id,
    int Version,
    string Name,
    DisplayKind Kind,
    Guid? TeamId,
    Guid? PipelineId,
    Guid? QueueId,
    PeriodKind Period,
    ImmutableArray<DisplayPage> Pages,
    TimeSpan Rotation,
    DisplayTheme Theme,
    string Language,
    bool CelebrateWins,
    bool PlaySound,
    TimeZoneInfo Zone);
