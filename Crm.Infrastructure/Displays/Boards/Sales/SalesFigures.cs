using System.Collections.Immutable;
using Crm.Domain.Activities;
using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;
using Crm.Domain.Pipeline;
using Crm.Domain.Targets;
using Crm.Infrastructure.Targets;

namespace Crm.Infrastructure.Displays.Boards.Sales;

/// <summary>
/// The figures of a sales board from the scope's opportunity facts, in memory: won is counted as
/// on the attainment page (<see cref="TargetActuals"/>), the forecast by the forecast's own rules
/// (<see cref="ForecastCalculator"/>), so the wall never disagrees with the pages.
/// </summary>
internal static class SalesFigures
{
    /// <summary>Every rep of the scope: most won first, then most wins, then by name.</summary>
    public static ImmutableArray<LeaderboardRow> Leaders(
        IReadOnlyList<RosterRep> reps, IReadOnlyList<OpportunityFact> rows, FiscalPeriod period,
        WonAmountTargets targets)
    {
        var byOwner = rows.ToLookup(f => f.OwnerId);
        var standings = reps.Select(rep =>
        {
            var won = TargetActuals.FromFacts(byOwner[rep.Id], period, 0);
            return new LeaderboardRow(rep.Id, rep.Name, won.WonAmount, won.WonCount, targets.Rep(rep.Id));
        });

        return [.. standings.OrderByDescending(r => r.WonBase).ThenByDescending(r => r.WonCount)];
    }

    /// <summary>The open opportunities of <paramref name="pipeline"/> in each of its active open stages.</summary>
    public static ImmutableArray<FunnelStage> Funnel(
        SalesPipeline pipeline, IReadOnlyList<OpportunityFact> rows)
    {
        var open = rows.Where(f => f.IsOpen && f.PipelineId == pipeline.Id).ToLookup(f => f.StageId);

        return
        [
            .. pipeline.ActiveStages.Where(s => s.IsOpen).Select(s =>
                new FunnelStage(s.Id, s.Name, open[s.Id].Count(), open[s.Id].Sum(f => f.AmountBase ?? 0))),
        ];
    }

    /// <summary>Won in the period against the target, and the share of working days gone.</summary>
    public static TargetPace Pace(
        IReadOnlyList<OpportunityFact> rows, FiscalPeriod period, long? target, decimal expectedShare) =>
        new(TargetActuals.FromFacts(rows, period, 0).WonAmount, target, expectedShare);

    /// <summary>Won in the period, and the open amounts expected to close in it, by category.</summary>
    public static TeamForecast Forecast(
        IReadOnlyList<OpportunityFact> rows, FiscalPeriod period, long? target)
    {
        var figures = rows.Where(f => ForecastCalculator.InPeriod(f, period))
            .Aggregate(ForecastFigures.Zero, (sum, f) => sum.Plus(ForecastCalculator.FiguresOf(f)));

        return new TeamForecast(
            figures.ClosedWon, figures.Commit, figures.BestCase, figures.Pipeline, target);
    }

    /// <summary>The reps who logged anything today: busiest first, then by name.</summary>
    public static ImmutableArray<RepActivities> ActivitiesToday(
        IReadOnlyList<RosterRep> reps, IReadOnlyList<LoggedToday> logged)
    {
        var byRep = logged.ToLookup(l => l.UserId);
        var rows = reps.Where(rep => byRep[rep.Id].Any()).Select(rep => new RepActivities(
            rep.Id, rep.Name, byRep[rep.Id].ToImmutableDictionary(l => l.Kind, l => l.Count)));

        return [.. rows.OrderByDescending(r => r.Total)];
    }
}

/// <summary>How many activities of one kind one person logged today.</summary>
internal sealed record LoggedToday(Guid UserId, ActivityKind Kind, int Count);
