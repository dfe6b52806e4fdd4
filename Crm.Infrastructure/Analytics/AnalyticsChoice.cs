namespace Crm.Infrastructure.Analytics;

/// <summary>A rep or team a dashboard names and filters by.</summary>
public sealed record AnalyticsChoice(Guid Id, string Name);

/// <summary>
/// What a dashboard's filters offer: the reps, teams and regions of the records its user sees,
/// sorted by name; and the name of every rep and team among them.
/// </summary>
public sealed record AnalyticsChoices(
    IReadOnlyList<AnalyticsChoice> Owners,
    IReadOnlyList<AnalyticsChoice> Teams,
    IReadOnlyList<string> Regions)
{
    public static readonly AnalyticsChoices None = new([], [], []);

    public string NameOf(Guid? id) =>
        id is { } value
            ? Owners.FirstOrDefault(o => o.Id == value)?.Name ?? Teams.FirstOrDefault(t => t.Id == value)?.Name ?? ""
            : "";
}
