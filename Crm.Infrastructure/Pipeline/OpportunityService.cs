using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Pipeline;

internal sealed partial class OpportunityService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IOpportunityVisibility visibility,
    ICustomerVisibility customers, ICurrencyConversion conversion, TimeProvider clock,
    ILogger<OpportunityService> logger)
    : IOpportunityService
{
    private const string RecordType = "Opportunity";

    public async Task<Guid> CreateAsync(NewOpportunity input, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        if (!session.Access.CanWrite)
        {
            throw new ForbiddenException("Your role does not work with opportunities.");
        }

        await OpportunityRules.EnsureAccountUsableAsync(session, customers, input.AccountId, cancellationToken);
        var pipeline = await OpportunityRules.PipelineAsync(session, input.PipelineId, cancellationToken);
        var stage = input.StageId is { } stageId
            ? OpportunityRules.StageOf(pipeline, stageId)
            : pipeline.FirstOpenStage;
        var ownerId = input.OwnerId ?? session.Actor.UserId;
        await OpportunityRules.EnsureOwnerAssignableAsync(session, ownerId, cancellationToken);
        await OpportunityRules.EnsureContactOfAccountAsync(
            session, input.AccountId, input.PrimaryContactId, cancellationToken);

        var details = new OpportunityDetails(
            input.Name, input.PrimaryContactId, input.ExpectedCloseDate, input.NextStep, input.Competitors);
        var amount = MoneyInput.Of(input.Amount, input.Currency, "Amount");
        var opportunity = Opportunity.Create(
            Guid.CreateVersion7(), details, input.AccountId, ownerId, stage, amount, session.Actor.UserId, Now,
            input.SourceLeadId);
        if (input.ProbabilityOverride is { } percent)
        {
            opportunity.OverrideProbability(percent, Now);
        }

        session.Db.Opportunities.Add(opportunity);
        await session.Db.SaveChangesAsync(cancellationToken);
        PipelineLog.Created(logger, opportunity.Id, stage.Id, session.Actor.UserId);

        return opportunity.Id;
    }

    public Task<int> UpdateAsync(
        Guid id, int expectedVersion, OpportunityEdit edit, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, async (session, opportunity) =>
        {
            await OpportunityRules.EnsureContactOfAccountAsync(
                session, opportunity.AccountId, edit.PrimaryContactId, cancellationToken);
            if (edit.OwnerId != opportunity.OwnerId)
            {
                await OpportunityRules.EnsureOwnerAssignableAsync(session, edit.OwnerId, cancellationToken);
            }

            var details = new OpportunityDetails(
                edit.Name, edit.PrimaryContactId, edit.ExpectedCloseDate, edit.NextStep, edit.Competitors);
            opportunity.UpdateDetails(details, Now);
            ApplyAmount(opportunity, edit);
            ApplyProbability(opportunity, edit.ProbabilityOverride);
            opportunity.ChangeOwner(edit.OwnerId, Now);
        }, cancellationToken);

    public Task<int> MoveToStageAsync(
        Guid id, int expectedVersion, Guid stageId, CloseInfo? close = null,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, async (session, opportunity) =>
        {
            var pipeline = await OpportunityRules.PipelineAsync(session, opportunity.PipelineId, cancellationToken);
            opportunity.MoveTo(OpportunityRules.StageOf(pipeline, stageId), session.Actor.UserId, Now, close);
            PipelineLog.Moved(logger, id, stageId, opportunity.Status);
        }, cancellationToken);

    public async Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var opportunity = await LoadEditableAsync(session, id, expectedVersion, cancellationToken);

        opportunity.Delete(Now);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
        PipelineLog.Deleted(logger, id, session.Actor.UserId);
    }

    public async Task RestoreAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        // Deleted rows are outside the visibility query (it hides them); the same rules are
        // applied by hand: the account must still exist and the owner be in scope.
        var opportunity = await db.Opportunities.IgnoreQueryFilters()
            .Where(o => o.Id == id && o.IsDeleted)
            .Where(o => db.Accounts.Any(a => a.Id == o.AccountId && !a.IsDeleted))
            .SingleOrDefaultAsync(cancellationToken);
        if (opportunity is null || !session.Access.CanEdit(opportunity.OwnerId))
        {
            throw new NotFoundException(RecordType, id);
        }

        opportunity.Restore(Now);
        var pipeline = await OpportunityRules.PipelineAsync(session, opportunity.PipelineId, cancellationToken);
        if (OpportunityRules.StageOf(pipeline, opportunity.StageId).IsRetired)
        {
            opportunity.MoveTo(pipeline.FirstOpenStage, session.Actor.UserId, Now);
        }

        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        PipelineLog.Restored(logger, id, session.Actor.UserId);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void ApplyAmount(Opportunity opportunity, OpportunityEdit edit)
    {
        var currency = edit.Currency?.Trim().ToUpperInvariant() ?? "";
        if (edit.AmountMode == AmountMode.LineItems)
        {
            if (currency != opportunity.Currency)
            {
                opportunity.SetAmount(new Money(0, currency), Now);
            }

            opportunity.FollowLineItems(Now);
            return;
        }

        opportunity.SetAmount(MoneyInput.Of(edit.Amount, currency, "Amount"), Now);
    }

    private void ApplyProbability(Opportunity opportunity, int? percent)
    {
        if (percent is { } value)
        {
            opportunity.OverrideProbability(value, Now);
        }
        else
        {
            opportunity.ClearProbabilityOverride(Now);
        }
    }

    /// <summary>Loads an opportunity the caller may change, applies the change on the expected version.</summary>
    private async Task<int> ChangeAsync(
        Guid id, int expectedVersion, Func<OpportunitySession, Opportunity, Task> change,
        CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        var opportunity = await LoadEditableAsync(session, id, expectedVersion, cancellationToken);

        await change(session, opportunity);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
        PipelineLog.Changed(logger, id, opportunity.Version);

        return opportunity.Version;
    }

    private async Task<Opportunity> LoadEditableAsync(
        OpportunitySession session, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var opportunity = await visibility.Opportunities(session.Db, session.Access)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        if (!session.Access.CanEdit(opportunity.OwnerId))
        {
            throw new ForbiddenException("You can read this opportunity but not change it.");
        }

        session.Db.ExpectVersion(opportunity, expectedVersion);

        return opportunity;
    }

    private Task<OpportunitySession> OpenAsync(CancellationToken cancellationToken) =>
        OpportunitySession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
}
