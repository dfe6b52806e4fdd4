using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Leads;

internal sealed partial class LeadConversionService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ILeadVisibility leads,
    ICustomerVisibility customers, IOpportunityVisibility opportunities, TimeProvider clock,
    ILogger<LeadConversionService> logger)
    : ILeadConversionService
{
    private const string RecordType = "Lead";

    public async Task<ConversionResult> ConvertAsync(
        Guid leadId, int expectedVersion, LeadConversionInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);

        // Every record is added to one context and written by one save inside one transaction:
        // a refusal anywhere leaves nothing behind.
        var result = await contexts.InTransactionAsync(async db =>
        {
            var lead = await EditableLeadAsync(db, actor, leadId, cancellationToken);
            db.ExpectVersion(lead, expectedVersion);
            var ownerId = lead.OwnerId ?? throw new DomainException(
                "Owner.required", "Take the lead from the queue before converting it.", "Owner");
            var access = await customers.AccessForAsync(actor, db, cancellationToken);

            var records = new ConversionRecords(db, lead, Now);
            var accountId = input.AccountId is { } existing
                ? await ExistingAccountAsync(db, access, existing, cancellationToken)
                : records.NewAccount(input.NewAccountName, ownerId, access);
            var contactId = input.ContactId is { } contact
                ? await ExistingContactAsync(db, accountId, contact, cancellationToken)
                : await records.NewContactAsync(input.NewContactName, accountId, access, cancellationToken);
            var opportunityId = input.Opportunity is { } opportunity
                ? await NewOpportunityAsync(records, actor, accountId, contactId, opportunity, cancellationToken)
                : null;

            lead.MarkConverted(accountId, contactId, opportunityId, Now);
            await db.SaveCheckedAsync(RecordType, leadId, cancellationToken);

            return new ConversionResult(accountId, contactId, opportunityId);
        }, cancellationToken);
        LeadConversionLog.Converted(
            logger, leadId, result.AccountId, input.AccountId is null, result.OpportunityId, actor.UserId);

        return result;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Lead> EditableLeadAsync(
        CrmDbContext db, Actor actor, Guid leadId, CancellationToken cancellationToken)
    {
        var access = await leads.AccessForAsync(actor, db, cancellationToken);
        var lead = await leads.Leads(db, access).SingleOrDefaultAsync(l => l.Id == leadId, cancellationToken)
            ?? throw new NotFoundException(RecordType, leadId);
        if (!access.CanChange(lead.OwnerId, lead.QueueTeamId))
        {
            throw new ForbiddenException("You can read this lead but not convert it.");
        }

        return lead;
    }

    private async Task<Guid> ExistingAccountAsync(
        CrmDbContext db, CustomerAccess access, Guid accountId, CancellationToken cancellationToken) =>
        await customers.Accounts(db, access).AnyAsync(a => a.Id == accountId, cancellationToken)
            ? accountId
            : throw new DomainException("Account.not-found", "The account was not found.", "Account");

    private static async Task<Guid> ExistingContactAsync(
        CrmDbContext db, Guid accountId, Guid contactId, CancellationToken cancellationToken) =>
        await db.Contacts.AnyAsync(c => c.Id == contactId && c.AccountId == accountId, cancellationToken)
            ? contactId
            : throw new DomainException("Contact.not-found", "The contact is not one of this account's.", "Contact");

    // The rules of the opportunity service, on this context: a role that works opportunities,
    // an owner it may give them to, an existing pipeline.
    private async Task<Guid?> NewOpportunityAsync(
        ConversionRecords records, Actor actor, Guid accountId, Guid contactId, ConversionOpportunity input,
        CancellationToken cancellationToken)
    {
        var db = records.Db;
        var access = await opportunities.AccessForAsync(actor, db, cancellationToken);
        var session = new OpportunitySession(db, actor, access);
        if (!session.Access.CanWrite)
        {
            throw new ForbiddenException("Your role does not work with opportunities.");
        }

        await OpportunityRules.EnsureOwnerAssignableAsync(session, records.Lead.OwnerId!.Value, cancellationToken);
        var pipeline = await OpportunityRules.PipelineAsync(session, input.PipelineId, cancellationToken);

        return records.NewOpportunity(input, pipeline.FirstOpenStage, accountId, contactId, actor.UserId);
    }
}
