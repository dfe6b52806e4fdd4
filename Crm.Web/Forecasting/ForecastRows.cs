using Crm.Domain.Forecasting;
using Crm.Infrastructure.Forecasting;

namespace Crm.Web.Forecasting;

/// <summary>What the forecast table shows: everything the reader sees, one team, or one rep.</summary>
public sealed record ForecastScope(ForecastSubjectKind Kind, Guid? Id)
{
    public static readonly ForecastScope Organization = new(ForecastSubjectKind.Organization, null);

    /// <summary>A value for a select: "org", "team:{id}", "rep:{id}".</summary>
    public string Value => Kind switch
    {
        ForecastSubjectKind.Team => $"team:{Id}",
        ForecastSubjectKind.Rep => $"rep:{Id}",
        _ => "org",
    };

    public static ForecastScope Parse(string? value) => value?.Split(':') switch
    {
        ["team", var id] when Guid.TryParse(id, out var team) => new(ForecastSubjectKind.Team, team),
        ["rep", var id] when Guid.TryParse(id, out var rep) => new(ForecastSubjectKind.Rep, rep),
        _ => Organization,
    };
}

/// <summary>One row of the forecast table: a rep, a team's subtotal or the total.</summary>
public sealed record ForecastRow(ForecastLine Line, string Name, bool CanAdjust)
{
    public bool IsTotal => Line.Kind != ForecastSubjectKind.Rep;

    public string TestId => Line.Kind switch
    {
        ForecastSubjectKind.Rep => $"forecast-rep-{Line.SubjectId}",
        ForecastSubjectKind.Team => $"forecast-team-{Line.SubjectId?.ToString() ?? "none"}",
        _ => "forecast-total",
    };
}

/// <summary>
/// Lays the forecast out as the table reads it: per team (by name, reps in no team last) its
/// reps by name then its subtotal, and the total of everything shown. A team scope shows that
/// team's reps and subtotal; a rep scope that rep alone.
/// </summary>
internal static class ForecastRows
{
    public static IReadOnlyList<ForecastRow> Build(
        ForecastView view, ForecastScope scope, string noTeam, string total)
    {
        var teams = Ordered(view, noTeam);
        if (scope.Kind == ForecastSubjectKind.Rep)
        {
            return teams.SelectMany(t => t.Reps).Where(r => r.SubjectId == scope.Id)
                .Select(r => Row(view, r, RepName(view, r))).ToList();
        }

        var shown = scope.Kind == ForecastSubjectKind.Team ? teams.Where(t => t.Team.TeamId == scope.Id) : teams;
        var rows = shown.SelectMany(t => TeamRows(view, t.Team, t.Name)).ToList();
        if (scope.Kind == ForecastSubjectKind.Organization && teams.Count > 1)
        {
            rows.Add(new ForecastRow(view.Result.Organization, total, false));
        }

        return rows;
    }

    /// <summary>The teams and reps a reader may narrow the table to, in the table's order.</summary>
    public static IReadOnlyList<(ForecastScope Scope, string Name)> Scopes(ForecastView view, string noTeam) =>
        Ordered(view, noTeam).SelectMany(t => t.Reps
                .Select(r => (new ForecastScope(ForecastSubjectKind.Rep, r.SubjectId), RepName(view, r)))
                .Prepend((new ForecastScope(ForecastSubjectKind.Team, t.Team.TeamId), t.Name)))
            .Where(s => s.Item1.Id is not null)
            .ToList();

    public static string RepName(ForecastView view, ForecastLine rep) =>
        view.RepNames.GetValueOrDefault(rep.SubjectId!.Value, "—");

    private static List<(TeamForecast Team, string Name, List<ForecastLine> Reps)> Ordered(
        ForecastView view, string noTeam) =>
        view.Result.Teams
            .Select(t => (Team: t, Name: t.TeamId is { } id ? view.TeamNames.GetValueOrDefault(id, "—") : noTeam,
                Reps: t.Reps.OrderBy(r => RepName(view, r), StringComparer.CurrentCulture).ToList()))
            .OrderBy(t => t.Team.TeamId is null).ThenBy(t => t.Name, StringComparer.CurrentCulture)
            .ToList();

    private static IEnumerable<ForecastRow> TeamRows(ForecastView view, TeamForecast team, string name) =>
        team.Reps.OrderBy(r => RepName(view, r), StringComparer.CurrentCulture)
            .Select(r => Row(view, r, RepName(view, r)))
            .Append(Row(view, team.Line, name));

    private static ForecastRow Row(ForecastView view, ForecastLine line, string name) =>
        new(line, name, view.Permissions.CanAdjust(line.Kind, line.SubjectId));
}
