using System.Linq.Expressions;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// The database reads of the board snapshots, made as the system: every team's opportunities,
/// through the opportunity visibility rule with an unlimited scope (not deleted, account not
/// deleted). Cards are filtered per user later, in memory.
/// </summary>
internal interface IBoardReader
{
    /// <summary>The pipeline with its active stages; null when there is no such pipeline.</summary>
    Task<PipelineView?> PipelineAsync(Guid pipelineId, CancellationToken cancellationToken);

    Task<CurrencyConverter> ConverterAsync(CancellationToken cancellationToken);

    /// <summary>One query: the pipeline's open opportunities and those closed on or after the day.</summary>
    Task<IReadOnlyList<BoardCard>> CardsAsync(
        Guid pipelineId, DateOnly closedSince, CurrencyConverter converter, CancellationToken cancellationToken);

    /// <summary>One query: the opportunity as a card, or null when it is deleted or out of view.</summary>
    Task<BoardCard?> CardAsync(Guid opportunityId, CurrencyConverter converter, CancellationToken cancellationToken);

    /// <summary>One query: the cards of one account on one pipeline (after the account changed).</summary>
    Task<IReadOnlyList<BoardCard>> CardsOfAccountAsync(
        Guid pipelineId, Guid accountId, CurrencyConverter converter, CancellationToken cancellationToken);
}

/// <summary>
/// Opens a service scope per read, as the outbox relay does: the scope supplies the context
/// factory and the conversion, and nothing read here is written back, so no user is needed.
/// </summary>
internal sealed class BoardReader(IServiceScopeFactory scopes, IOpportunityVisibility visibility) : IBoardReader
{
    private static readonly OpportunityAccess Everyone = new(new VisibilityScope(true, []), false);

    public async Task<PipelineView?> PipelineAsync(Guid pipelineId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);
        var pipeline = await db.Pipelines.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == pipelineId, cancellationToken);

        return pipeline is null ? null : PipelineService.ViewOf(pipeline, false);
    }

    public async Task<CurrencyConverter> ConverterAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();

        return await scope.ServiceProvider.GetRequiredService<ICurrencyConversion>().LoadAsync(cancellationToken);
    }

    public Task<IReadOnlyList<BoardCard>> CardsAsync(
        Guid pipelineId, DateOnly closedSince, CurrencyConverter converter, CancellationToken cancellationToken) =>
        ReadAsync(
            o => o.PipelineId == pipelineId && (o.Status == OpportunityStatus.Open || o.ClosedOn >= closedSince),
            converter, cancellationToken);

    public async Task<BoardCard?> CardAsync(
        Guid opportunityId, CurrencyConverter converter, CancellationToken cancellationToken) =>
        (await ReadAsync(o => o.Id == opportunityId, converter, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<BoardCard>> CardsOfAccountAsync(
        Guid pipelineId, Guid accountId, CurrencyConverter converter, CancellationToken cancellationToken) =>
        ReadAsync(o => o.PipelineId == pipelineId && o.AccountId == accountId, converter, cancellationToken);

    private static Task<CrmDbContext> ContextAsync(AsyncServiceScope scope, CancellationToken cancellationToken) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);

    private async Task<IReadOnlyList<BoardCard>> ReadAsync(
        Expression<Func<Opportunity, bool>> which, CurrencyConverter converter,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(scope, cancellationToken);
        var opportunities = visibility.Opportunities(db, Everyone).Where(which);
        var rows = await BoardCardRow.Project(db, opportunities).AsNoTracking().ToListAsync(cancellationToken);

        return [.. rows.Select(r => BoardSnapshot.Converted(r.ToCard(), converter))];
    }
}
