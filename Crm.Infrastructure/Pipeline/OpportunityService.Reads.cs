using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Pipeline;

internal sealed partial class OpportunityService
{
    private const int MaxPageSize = 200;
    private const int MaxAccountOpportunities = 200;

    public async Task<Page<OpportunityRow>> SearchAsync(
        OpportunityQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        var converter = await conversion.LoadAsync(db, cancellationToken);

        var opportunities = OpportunityFilters.Apply(db, visibility.Opportunities(db, session.Access), query);
        var total = await opportunities.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = OpportunityFilters.Order(db, opportunities, query, converter)
            .Skip(Math.Max(query.Page, 0) * pageSize)
            .Take(pageSize);
        var rows = await OpportunityData.Project(db, page).ToListAsync(cancellationToken);

        return new Page<OpportunityRow>([.. rows.Select(r => r.ToRow(converter))], total);
    }

    public async Task<PipelineBoard> ListForPipelineAsync(
        Guid pipelineId, BoardFilter filter, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        var pipeline = await db.Pipelines.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == pipelineId, cancellationToken)
            ?? throw new NotFoundException("Pipeline", pipelineId);
        var converter = await conversion.LoadAsync(db, cancellationToken);

        var visible = visibility.Opportunities(db, session.Access);
        var opportunities = OpportunityFilters.Apply(db, visible, pipelineId, filter);
        // The cards closing soonest when there are more than a board shows.
        var first = opportunities.OrderBy(o => o.ExpectedCloseDate).ThenBy(o => o.Id).Take(PipelineBoard.MaxCards + 1);
        var cards = await OpportunityData.Project(db, first).ToListAsync(cancellationToken);
        var (totals, missing) = await BoardTotals.ComputeAsync(db, opportunities, converter, cancellationToken);
        var stageOrder = pipeline.Stages.ToDictionary(s => s.Id, s => s.SortOrder);
        var shown = cards.OrderBy(c => c.ExpectedCloseDate).ThenBy(c => c.Id).Take(PipelineBoard.MaxCards)
            .OrderBy(c => stageOrder[c.StageId]);

        return new PipelineBoard(
            PipelineService.ViewOf(pipeline, false), converter.BaseCurrency,
            [.. shown.Select(c => c.ToCard(converter))], totals, missing, cards.Count > PipelineBoard.MaxCards);
    }

    public async Task<OpportunityCard> GetCardAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        var converter = await conversion.LoadAsync(db, cancellationToken);

        var one = visibility.Opportunities(db, session.Access).Where(o => o.Id == id);
        var data = await OpportunityData.Project(db, one).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(RecordType, id);

        return data.ToCard(converter);
    }

    public async Task<IReadOnlyList<OpportunityRow>> ListForAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        var customerAccess = await customers.AccessForAsync(session.Actor, db, cancellationToken);
        if (!await customers.Accounts(db, customerAccess).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            throw new NotFoundException("Account", accountId);
        }

        var converter = await conversion.LoadAsync(db, cancellationToken);
        var opportunities = visibility.Opportunities(db, session.Access).Where(o => o.AccountId == accountId)
            .OrderBy(o => o.Status == OpportunityStatus.Open ? 0 : 1)
            .ThenBy(o => o.Status == OpportunityStatus.Open ? o.ExpectedCloseDate : DateOnly.MaxValue)
            .ThenByDescending(o => o.ClosedOn)
            .ThenBy(o => o.Id)
            .Take(MaxAccountOpportunities);
        var rows = await OpportunityData.Project(db, opportunities).ToListAsync(cancellationToken);

        return [.. rows.Select(r => r.ToRow(converter))];
    }
}
