using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// The records a conversion creates, built from the lead and added to the conversion's context
/// (not saved). Their rule violations name the dialog's fields: NewAccountName, NewContactName,
/// OpportunityName, OpportunityAmount, OpportunityCurrency, OpportunityExpectedCloseDate.
/// </summary>
internal sealed class ConversionRecords(CrmDbContext db, Lead lead, DateTime now)
{
    public CrmDbContext Db => db;

    public Lead Lead => lead;

    /// <summary>
    /// A company account for a lead with a company, a person account for one without, owned by the
    /// lead's owner.
    /// </summary>
    public Guid NewAccount(string? name, Guid ownerId, CustomerAccess access)
    {
        if (!access.CanEdit(ownerId))
        {
            throw new ForbiddenException("You cannot create accounts for this lead's owner.");
        }

        var kind = lead.Company is null ? AccountKind.Person : AccountKind.Company;
        var profile = new AccountProfile(
            name ?? lead.Company ?? lead.PersonName ?? "", kind, lead.Industry, AccountTier.Standard, lead.Region,
            null, null, null, null, null);
        var account = Named("NewAccount", () => Account.Create(Guid.CreateVersion7(), profile, ownerId, now));
        db.Accounts.Add(account);

        return account.Id;
    }

    /// <summary>The lead's person as a contact; the first contact of an account becomes its primary one.</summary>
    public async Task<Guid> NewContactAsync(
        string? name, Guid accountId, CustomerAccess access, CancellationToken cancellationToken)
    {
        if (!access.CanEditContacts)
        {
            throw new ForbiddenException("You cannot add contacts to this account.");
        }

        var mobile = IsMobile(lead.Phone);
        var details = new ContactDetails(
            name ?? lead.PersonName ?? "", lead.Title, mobile ? null : lead.Phone, mobile ? lead.Phone : null,
            lead.Email, lead.WeChatId);
        var contact = Named("NewContact", () => Contact.Create(Guid.CreateVersion7(), accountId, details, now));
        contact.MarkPrimary(!await db.Contacts.AnyAsync(c => c.AccountId == accountId, cancellationToken));
        db.Contacts.Add(contact);

        return contact.Id;
    }

    /// <summary>An opportunity of the lead's owner in <paramref name="stage"/>, with the lead as its source.</summary>
    public Guid NewOpportunity(
        ConversionOpportunity input, Stage stage, Guid accountId, Guid contactId, Guid createdById)
    {
        var details = new OpportunityDetails(input.Name, contactId, input.ExpectedCloseDate, null, []);
        var opportunity = Named("Opportunity", () => Opportunity.Create(
            Guid.CreateVersion7(), details, accountId, lead.OwnerId!.Value, stage,
            MoneyInput.Of(input.Amount, input.Currency, "Amount"), createdById, now, lead.Id));
        db.Opportunities.Add(opportunity);

        return opportunity.Id;
    }

    // Mobiles are eleven digits starting with 1 once normalized; anything else is a landline or foreign.
    private static bool IsMobile(string? phone) => MatchKeys.Phone(phone) is { Length: 11 } key && key[0] == '1';

    private static T Named<T>(string prefix, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (DomainException error) when (error.Field is { } field)
        {
            throw new DomainException(error.Code, error.Message, prefix + field);
        }
    }
}
