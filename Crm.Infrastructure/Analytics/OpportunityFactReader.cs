using System.Collections.Immutable;
using System.Linq.Expressions;
using Crm.Domain.Analytics;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The database reads of the opportunity fact table, made as the system: every opportunity
/// through the visibility rule with an unlimited scope (not deleted, account not deleted).
/// Any number of opportunities costs two statements, the facts and their stage history, both
/// projected to the columns a fact needs and streamed, never tracked.
/// </summary>
internal sealed class OpportunityFactReader(IServiceScopeFactory scopes, IOpportunityVisibility visibility)
{
    private static readonly OpportunityAccess Everyone = new(new VisibilityScope(true, []), false);

    public async Task<AnalyticsSettings> SettingsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);

        return await AnalyticsSettings.ReadAsync(db, cancellationToken);
    }

    /// <summary>Every rate into <paramref name="baseCurrency"/> that is not removed.</summary>
    public async Task<IReadOnlyList<RatePoint>> RatesAsync(string baseCurrency, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);

        return await db.ExchangeRates.AsNoTracking()
            .Where(r => r.BaseCurrency == baseCurrency)
            .Select(r => new RatePoint(r.Currency, r.EffectiveDate, r.Rate))
            .ToListAsync(cancellationToken);
    }

    public Task<List<OpportunityFact>> AllAsync(CurrencyConverter converter, CancellationToken cancellationToken) =>
        ReadAsync(_ => true, converter, cancellationToken);

    /// <summary>
    /// The facts of the opportunities named, of the accounts named and of the pipelines named,
    /// as they are now; one missing from the answer is deleted or out of the table.
    /// </summary>
    public Task<List<OpportunityFact>> SomeAsync(
        IReadOnlyCollection<Guid> ids, IReadOnlyCollection<Guid> accountIds, IReadOnlyCollection<Guid> pipelineIds,
        CurrencyConverter converter, CancellationToken cancellationToken) =>
        ReadAsync(
            o => ids.Contains(o.Id) || accountIds.Contains(o.AccountId) || pipelineIds.Contains(o.PipelineId),
            converter, cancellationToken);

    private static Task<CrmDbContext> ContextAsync(AsyncServiceScope scope, CancellationToken cancellationToken) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);

    private async Task<List<OpportunityFact>> ReadAsync(
        Expression<Func<Opportunity, bool>> which, CurrencyConverter converter, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);
        var opportunities = visibility.Opportunities(db, Everyone).Where(which);
        var rows = new List<OpportunityFactRow>();
        await foreach (var row in OpportunityFactRow.Project(db, opportunities).AsNoTracking()
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var visits = await VisitsAsync(db, opportunities, cancellationToken);

        var texts = new TextPool();

        return [.. rows.Select(r => r.ToFact(visits.GetValueOrDefault(r.Id, []), converter, texts))];
    }

    // Ordered by opportunity and sequence, so each opportunity's stays are read in one run.
    private static async Task<Dictionary<Guid, ImmutableArray<StageVisit>>> VisitsAsync(
        CrmDbContext db, IQueryable<Opportunity> opportunities, CancellationToken cancellationToken)
    {
        var changes =
            from h in db.StageChanges.AsNoTracking()
            join o in opportunities on h.OpportunityId equals o.Id
            orderby h.OpportunityId, h.Sequence
            select new { h.OpportunityId, h.ToStageId, h.MovedAt };
        var visits = new Dictionary<Guid, ImmutableArray<StageVisit>>();
        var run = ImmutableArray.CreateBuilder<StageVisit>();
        var current = Guid.Empty;
        await foreach (var change in changes.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (change.OpportunityId != current)
            {
                Close(visits, current, run);
                current = change.OpportunityId;
            }

            if (run.Count > 0)
            {
                run[^1] = run[^1] with { LeftAt = change.MovedAt };
            }

            run.Add(new StageVisit(change.ToStageId, change.MovedAt, null));
        }

        Close(visits, current, run);

        return visits;
    }

    private static void Close(
        Dictionary<Guid, ImmutableArray<StageVisit>> visits, Guid opportunityId, ImmutableArray<StageVisit>.Builder run)
    {
        if (run.Count > 0)
        {
            visits[opportunityId] = run.ToImmutable();
            run.Clear();
        }
    }
}
