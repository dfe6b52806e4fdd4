using System.Linq.Expressions;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Pipeline;

internal static class OpportunityFilters
{
    public static IQueryable<Opportunity> Apply(
        CrmDbContext db, IQueryable<Opportunity> opportunities, OpportunityQuery query)
    {
        if (query.PipelineId is { } pipelineId)
        {
            opportunities = opportunities.Where(o => o.PipelineId == pipelineId);
        }

        if (query.StageId is { } stageId)
        {
            opportunities = opportunities.Where(o => o.StageId == stageId);
        }

        if (query.Status is { } status)
        {
            opportunities = opportunities.Where(o => o.Status == status);
        }

        return Common(db, opportunities, query.OwnerId, query.TeamId, query.ExpectedCloseFrom, query.ExpectedCloseTo,
            query.Text);
    }

    public static IQueryable<Opportunity> Apply(
        CrmDbContext db, IQueryable<Opportunity> opportunities, Guid pipelineId, BoardFilter filter)
    {
        opportunities = opportunities.Where(o => o.PipelineId == pipelineId);
        opportunities = filter.ClosedSince is { } since
            ? opportunities.Where(o => o.Status == OpportunityStatus.Open || o.ClosedOn >= since)
            : opportunities.Where(o => o.Status == OpportunityStatus.Open);

        return Common(db, opportunities, filter.OwnerId, filter.TeamId, filter.ExpectedCloseFrom,
            filter.ExpectedCloseTo, filter.Text);
    }

    /// <summary>Orders by the chosen column, then by expected close and id so pages never overlap.</summary>
    public static IQueryable<Opportunity> Order(
        CrmDbContext db, IQueryable<Opportunity> opportunities, OpportunityQuery query, CurrencyConverter converter)
    {
        var down = query.Descending;
        var ordered = query.Sort switch
        {
            OpportunitySort.Name => By(opportunities, o => o.NameSortKey, down),
            OpportunitySort.Account => By(opportunities, o =>
                db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.NameSortKey).FirstOrDefault(), down),
            OpportunitySort.Stage => By(opportunities, o =>
                db.Set<Stage>().Where(s => s.Id == o.StageId).Select(s => s.SortOrder).FirstOrDefault(), down),
            OpportunitySort.Amount => By(opportunities, BaseAmountKey(converter), down),
            OpportunitySort.Owner => By(opportunities, o =>
                db.CrmUsers.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstOrDefault(), down),
            OpportunitySort.StageEntered => By(opportunities, o => o.StageEnteredAt, down),
            _ => By(opportunities, o => o.ExpectedCloseDate, down),
        };

        return ordered.ThenBy(o => o.ExpectedCloseDate).ThenBy(o => o.Id);
    }

    /// <summary>
    /// The amount in the base currency at today's rates, as a SQL expression: minor units times
    /// a CASE over the currencies that have a rate (currencies without one sort as zero). For
    /// ordering only: closed amounts convert at their close-day rate in the figures shown.
    /// </summary>
    internal static Expression<Func<Opportunity, double>> BaseAmountKey(CurrencyConverter converter)
    {
        var o = Expression.Parameter(typeof(Opportunity), "o");
        var currency = Expression.Property(o, nameof(Opportunity.Currency));
        Expression factor = Expression.Constant(0d);
        foreach (var code in converter.RatedCurrencies.Append(converter.BaseCurrency).Distinct())
        {
            if (converter.RateFor(code, converter.Today) is { } rate)
            {
                factor = Expression.Condition(
                    Expression.Equal(currency, Expression.Constant(code)), Expression.Constant((double)rate), factor);
            }
        }

        var minor = Expression.Convert(Expression.Property(o, nameof(Opportunity.AmountMinorUnits)), typeof(double));

        return Expression.Lambda<Func<Opportunity, double>>(Expression.Multiply(minor, factor), o);
    }

    private static IQueryable<Opportunity> Common(
        CrmDbContext db, IQueryable<Opportunity> opportunities, Guid? ownerId, Guid? teamId, DateOnly? from,
        DateOnly? to, string? text)
    {
        if (ownerId is { } owner)
        {
            opportunities = opportunities.Where(o => o.OwnerId == owner);
        }

        if (teamId is { } team)
        {
            opportunities = opportunities.Where(o => db.CrmUsers.Any(u => u.Id == o.OwnerId && u.TeamId == team));
        }

        if (from is { } first)
        {
            opportunities = opportunities.Where(o => o.ExpectedCloseDate >= first);
        }

        if (to is { } last)
        {
            opportunities = opportunities.Where(o => o.ExpectedCloseDate <= last);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            opportunities = opportunities.Where(o => o.Name.Contains(term)
                || db.Accounts.Any(a => a.Id == o.AccountId && a.Name.Contains(term)));
        }

        return opportunities;
    }

    private static IOrderedQueryable<Opportunity> By<TKey>(
        IQueryable<Opportunity> opportunities, Expression<Func<Opportunity, TKey>> key, bool descending) =>
        descending ? opportunities.OrderByDescending(key) : opportunities.OrderBy(key);
}
