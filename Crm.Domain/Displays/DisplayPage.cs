using System.Collections.Immutable;

namespace Crm.Domain.Displays;

/// <summary>
/// One page of a wall display's rotation: an optional title and its panels in reading order
/// (one to <see cref="MaxPanels"/>, each at most once).
/// </summary>
public sealed record DisplayPage(string? Title, ImmutableArray<DisplayPanel> Panels)
{
    public const int MaxPanels = 6;
    public const int MaxTitleLength = 60;
}
