using Crm.Domain.Displays;

namespace Crm.Infrastructure.Displays;

/// <summary>
/// A display as the list shows it: <see cref="TeamName"/> null for every sales team,
/// <see cref="PartName"/> its pipeline or queue (null: all of them). Times are UTC.
/// </summary>
public sealed record DisplayRow(
    Guid Id,
    int Version,
    string Name,
    DisplayKind Kind,
    string? TeamName,
    string? PartName,
    int PageCount,
    string Language,
    bool IsLive,
    DateTime TokenIssuedAt,
    DateTime UpdatedAt);

/// <summary>A display with everything its editor needs.</summary>
public sealed record DisplayDetails(
    Guid Id, int Version, DisplaySettings Settings, bool IsLive, DateTime TokenIssuedAt, DateTime? RevokedAt);

/// <summary>A display's kiosk token, returned once when issued; the address is <c>/wall/{Token}</c>.</summary>
public sealed record DisplayAddress(Guid Id, int Version, string Token)
{
    public string Path => "/wall/" + Token;
}

/// <summary>
/// What a user may point displays at. <see cref="AllSalesTeams"/>: they may set up a sales display
/// of every sales team at once (administrators).
/// </summary>
public sealed record DisplayChoices(
    IReadOnlyList<DisplayKind> Kinds,
    IReadOnlyList<DisplayTeamChoice> Teams,
    IReadOnlyList<DisplayChoice> Pipelines,
    bool AllSalesTeams);

/// <summary>A team a display may show, with its queues (support teams only).</summary>
public sealed record DisplayTeamChoice(Guid Id, string Name, DisplayKind Kind, IReadOnlyList<DisplayChoice> Queues);

public sealed record DisplayChoice(Guid Id, string Name);
