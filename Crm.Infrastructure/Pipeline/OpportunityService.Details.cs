using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Pipeline;

internal sealed partial class OpportunityService
{
    public async Task<OpportunityView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        var o = await visibility.Opportunities(db, session.Access).AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new NotFoundException(RecordType, id);

        var pipeline = await db.Pipelines.AsNoTracking().SingleAsync(p => p.Id == o.PipelineId, cancellationToken);
        var converter = await conversion.LoadAsync(db, cancellationToken);
        var names = await NamesAsync(db, o, cancellationToken);
        var lines = await LinesAsync(db, o, cancellationToken);
        var history = await HistoryAsync(db, pipeline, id, cancellationToken);

        return ViewOf(o, pipeline, converter, names, lines, history, session.Access.CanEdit(o.OwnerId));
    }

    private static OpportunityView ViewOf(
        Opportunity o, SalesPipeline pipeline, CurrencyConverter converter,
        (string Account, string? Contact, string Owner) names, IReadOnlyList<LineView> lines,
        IReadOnlyList<StageHistoryEntry> history, bool canEdit)
    {
        var stage = OpportunityRules.StageOf(pipeline, o.StageId);
        var probability = o.EffectiveProbability(stage);
        var inBase = converter.TryToBase(o.Amount, o.ClosedOn);
        var details = new OpportunityDetails(
            o.Name, o.PrimaryContactId, o.ExpectedCloseDate, o.NextStep, o.Competitors);

        return new OpportunityView(
            o.Id, o.Version, details, o.AccountId, names.Account, names.Contact, o.OwnerId, names.Owner,
            o.PipelineId, pipeline.Name, o.StageId, stage.Name, o.Status, o.AmountMode, o.Amount, inBase,
            o.ProbabilityOverride, probability, inBase is { } b ? Probability.Weigh(b, probability) : null,
            o.CloseReason, o.ClosedOn, o.SourceLeadId, o.StageEnteredAt, history[0].MovedAt, lines, history,
            canEdit);
    }

    private static async Task<(string Account, string? Contact, string Owner)> NamesAsync(
        CrmDbContext db, Opportunity o, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name)
            .SingleAsync(cancellationToken);
        var contact = await db.Contacts.Where(c => c.Id == o.PrimaryContactId).Select(c => c.Name)
            .FirstOrDefaultAsync(cancellationToken);
        var owner = await db.CrmUsers.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);

        return (account, contact, owner ?? "");
    }

    private static async Task<IReadOnlyList<LineView>> LinesAsync(
        CrmDbContext db, Opportunity o, CancellationToken cancellationToken)
    {
        var productIds = o.Lines.Where(l => l.ProductId != null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var codes = await db.Products.IgnoreQueryFilters().Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);

        return
        [
            .. o.Lines.Select(l => new LineView(
                l.Id, l.ProductId, l.ProductId is { } p ? codes.GetValueOrDefault(p) : null, l.Description, l.Quantity,
                l.UnitPrice, l.DiscountPercent, l.Total)),
        ];
    }

    private static async Task<IReadOnlyList<StageHistoryEntry>> HistoryAsync(
        CrmDbContext db, SalesPipeline pipeline, Guid id, CancellationToken cancellationToken)
    {
        var changes = await db.StageChanges.AsNoTracking().Where(c => c.OpportunityId == id)
            .OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        var people = await UserNamesAsync(db, changes.Select(c => (Guid?)c.MovedById), cancellationToken);
        string StageName(Guid stageId) => pipeline.FindStage(stageId)?.Name ?? "";

        return
        [
            .. changes.Select(c => new StageHistoryEntry(
                c.Sequence, c.FromStageId, c.FromStageId is { } from ? StageName(from) : null, c.ToStageId,
                StageName(c.ToStageId), c.MovedById, people.GetValueOrDefault(c.MovedById) ?? "", c.MovedAt,
                c.TimeInPreviousStage, new Money(c.AmountMinorUnits, c.Currency))),
        ];
    }

    private static async Task<Dictionary<Guid, string>> UserNamesAsync(
        CrmDbContext db, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();

        return await db.CrmUsers.Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
