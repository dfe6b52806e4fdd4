using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Pipeline;

/// <summary>
/// Per-stage counts and sums of a board, over every matching opportunity (not only the cards
/// loaded). The database sums minor units per stage, currency and close day; the sums are
/// converted at their rates exactly and each stage total is rounded once, so it may differ from
/// the sum of the rounded card amounts by less than one minor unit per card.
/// </summary>
internal static class BoardTotals
{
    public static async Task<(IReadOnlyList<StageTotals> Totals, IReadOnlyList<string> Missing)> ComputeAsync(
        CrmDbContext db, IQueryable<Opportunity> opportunities, CurrencyConverter converter,
        CancellationToken cancellationToken)
    {
        var groups = await (
                from o in opportunities
                join s in db.Set<Stage>() on o.StageId equals s.Id
                group new { o.AmountMinorUnits, Probability = o.ProbabilityOverride ?? s.DefaultProbability }
                    by new { o.StageId, o.Currency, o.ClosedOn } into g
                select new Group(
                    g.Key.StageId, g.Key.Currency, g.Key.ClosedOn, g.Count(),
                    g.Sum(x => x.AmountMinorUnits), g.Sum(x => x.AmountMinorUnits * x.Probability)))
            .ToListAsync(cancellationToken);

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var totals = groups.GroupBy(g => g.StageId)
            .Select(stage => Total(stage.Key, stage, converter, missing))
            .ToList();

        return (totals, [.. missing]);
    }

    private static StageTotals Total(
        Guid stageId, IEnumerable<Group> groups, CurrencyConverter converter, ISet<string> missing)
    {
        var (count, amount, weighted) = (0, 0m, 0m);
        foreach (var group in groups)
        {
            count += group.Count;
            if (converter.RateFor(group.Currency, group.ClosedOn ?? converter.Today) is not { } rate)
            {
                missing.Add(group.Currency);
                continue;
            }

            amount += group.AmountMinorUnits * rate;
            weighted += group.WeightedHundredths * rate / 100m;
        }

        return new StageTotals(stageId, count, Round(amount, converter), Round(weighted, converter));
    }

    private static Money Round(decimal minorUnits, CurrencyConverter converter) =>
        new((long)Math.Round(minorUnits, MidpointRounding.AwayFromZero), converter.BaseCurrency);

    // WeightedHundredths: the sum of amount × probability, in minor units × percent.
    private sealed record Group(
        Guid StageId, string Currency, DateOnly? ClosedOn, int Count, long AmountMinorUnits, long WeightedHundredths);
}
