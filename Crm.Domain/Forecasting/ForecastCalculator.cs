using Crm.Domain.Analytics;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Forecasting;

/// <summary>
/// Computes the forecast of one period from opportunity facts (see <c>docs/metrics.md, "Forecast"</c>):
/// closed won counts won opportunities closed in the period; commit, best case and pipeline count
/// open opportunities expected to close in the period, each in its stage's forecast category;
/// weighted is the sum of those open opportunities' weighted amounts. Adjustments add up: a rep's
/// adjustment moves the rep, the team and the organisation; a team's adjustment moves the team
/// on top of its reps' adjusted forecasts, and the organisation.
/// </summary>
public static class ForecastCalculator
{
    /// <summary>
    /// Whether the opportunity belongs to the period's forecast: open and expected to close in it,
    /// or won and closed in it. Lost opportunities belong to none.
    /// </summary>
    public static bool InPeriod(OpportunityFact fact, FiscalPeriod period) =>
        InPeriod(fact.Status, fact.ExpectedCloseDate, fact.ClosedOn, period);

    /// <summary>The same rule for a snapshot's line, as the opportunity stood when it was taken.</summary>
    public static bool InPeriod(ForecastSnapshotLine line, FiscalPeriod period) =>
        InPeriod(line.Status, line.ExpectedCloseDate, line.ClosedOn, period);

    /// <summary>
    /// The forecast of <paramref name="period"/>. Every owner of a fact of the period gets a line,
    /// and so does every rep in <paramref name="reps"/> (rep id → team id, which also decides the
    /// team of a rep over the fact's) and every subject with an adjustment in force.
    /// </summary>
    public static ForecastResult Calculate(
        FiscalPeriod period, IEnumerable<OpportunityFact> facts, IEnumerable<ForecastAdjustment> adjustments,
        IReadOnlyDictionary<Guid, Guid?>? reps = null)
    {
        var inPeriod = facts.Where(f => InPeriod(f, period)).ToList();
        var inForce = ForecastAdjustment.InForce(adjustments, period.Key);
        var teamOfRep = TeamsOfReps(inPeriod, inForce, reps ?? new Dictionary<Guid, Guid?>());
        var figures = inPeriod.GroupBy(f => f.OwnerId)
            .ToDictionary(g => g.Key, g => g.Aggregate(ForecastFigures.Zero, (sum, f) => sum.Plus(FiguresOf(f))));

        var teamIds = teamOfRep.Values.Concat(TeamAdjustments(inForce)).Distinct()
            .OrderBy(id => id is null).ThenBy(id => id);
        var teams = teamIds
            .Select(teamId => Team(teamId, teamOfRep, figures, inForce))
            .ToList();
        var organization = new ForecastLine(
            ForecastSubjectKind.Organization, null,
            teams.Aggregate(ForecastFigures.Zero, (sum, t) => sum.Plus(t.Line.Figures)), 0,
            teams.Sum(t => t.Line.Adjustment));

        return new ForecastResult(period, organization, teams, Unconverted(inPeriod));
    }

    /// <summary>One opportunity's contribution to the figures of its period.</summary>
    public static ForecastFigures FiguresOf(OpportunityFact fact) =>
        FiguresOf(fact.Status, fact.Category, fact.AmountBase, fact.WeightedBase);

    /// <summary>
    /// A snapshot line's contribution to the figures of its period, by the same rules as a fact's:
    /// "forecast over time" draws snapshots and the live figures side by side.
    /// </summary>
    public static ForecastFigures FiguresOf(ForecastSnapshotLine line) =>
        FiguresOf(line.Status, line.Category, line.AmountBase, line.WeightedBase);

    private static bool InPeriod(
        OpportunityStatus status, DateOnly expectedClose, DateOnly? closedOn, FiscalPeriod period) => status switch
    {
        OpportunityStatus.Open => period.Contains(expectedClose),
        OpportunityStatus.Won => closedOn is { } day && period.Contains(day),
        _ => false,
    };

    private static ForecastFigures FiguresOf(
        OpportunityStatus status, ForecastCategory category, long? amountBase, long? weightedBase)
    {
        if (amountBase is not { } amount)
        {
            return ForecastFigures.Zero with { Unconverted = 1 };
        }

        if (status == OpportunityStatus.Won)
        {
            return ForecastFigures.Zero with { ClosedWon = amount };
        }

        var weighted = weightedBase ?? 0;

        return category switch
        {
            ForecastCategory.Commit => ForecastFigures.Zero with { Commit = amount, Weighted = weighted },
            ForecastCategory.BestCase => ForecastFigures.Zero with { BestCase = amount, Weighted = weighted },
            ForecastCategory.Pipeline => ForecastFigures.Zero with { Pipeline = amount, Weighted = weighted },
            _ => ForecastFigures.Zero,
        };
    }

    private static Dictionary<Guid, Guid?> TeamsOfReps(
        List<OpportunityFact> inPeriod,
        IReadOnlyDictionary<(ForecastSubjectKind Kind, Guid SubjectId), ForecastAdjustment> inForce,
        IReadOnlyDictionary<Guid, Guid?> reps)
    {
        var teams = new Dictionary<Guid, Guid?>(reps);
        foreach (var fact in inPeriod)
        {
            teams.TryAdd(fact.OwnerId, fact.TeamId);
        }

        foreach (var key in inForce.Keys.Where(k => k.Kind == ForecastSubjectKind.Rep))
        {
            teams.TryAdd(key.SubjectId, null);
        }

        return teams;
    }

    private static IEnumerable<Guid?> TeamAdjustments(
        IReadOnlyDictionary<(ForecastSubjectKind Kind, Guid SubjectId), ForecastAdjustment> inForce) =>
        inForce.Keys.Where(k => k.Kind == ForecastSubjectKind.Team).Select(k => (Guid?)k.SubjectId);

    private static TeamForecast Team(
        Guid? teamId, Dictionary<Guid, Guid?> teamOfRep, Dictionary<Guid, ForecastFigures> figures,
        IReadOnlyDictionary<(ForecastSubjectKind Kind, Guid SubjectId), ForecastAdjustment> inForce)
    {
        var reps = teamOfRep.Where(p => p.Value == teamId).Select(p => p.Key).Order()
            .Select(rep => Line(ForecastSubjectKind.Rep, rep, figures.GetValueOrDefault(rep, ForecastFigures.Zero),
                DeltaOf(inForce, ForecastSubjectKind.Rep, rep), 0))
            .ToList();
        var own = teamId is { } id ? DeltaOf(inForce, ForecastSubjectKind.Team, id) : 0;
        var sum = reps.Aggregate(ForecastFigures.Zero, (total, r) => total.Plus(r.Figures));

        return new TeamForecast(Line(ForecastSubjectKind.Team, teamId, sum, own, reps.Sum(r => r.Adjustment)), reps);
    }

    private static ForecastLine Line(
        ForecastSubjectKind kind, Guid? id, ForecastFigures figures, long own, long below) =>
        new(kind, id, figures, own, own + below);

    private static long DeltaOf(
        IReadOnlyDictionary<(ForecastSubjectKind Kind, Guid SubjectId), ForecastAdjustment> inForce,
        ForecastSubjectKind kind, Guid id) =>
        inForce.TryGetValue((kind, id), out var adjustment) ? adjustment.Delta : 0;

    private static List<UnconvertedOpportunity> Unconverted(List<OpportunityFact> inPeriod) =>
        inPeriod.Where(f => f.AmountBase is null).OrderBy(f => f.Id)
            .Select(f => new UnconvertedOpportunity(f.Id, f.OwnerId, f.Currency))
            .ToList();
}
