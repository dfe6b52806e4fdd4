using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

// What the conversion dialog offers, and where an account's leads came from.
internal sealed partial class LeadConversionService
{
    private const int MatchedAccounts = 5;
    private const int ContactsPerAccount = 20;

    public async Task<ConversionOptions> OptionsAsync(Guid leadId, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var lead = await EditableLeadAsync(db, actor, leadId, cancellationToken);
        var access = await customers.AccessForAsync(actor, db, cancellationToken);
        var opportunityAccess = await opportunities.AccessForAsync(actor, db, cancellationToken);
        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => EF.Property<DateTime>(p, AuditStamps.CreatedAt))
            .ToListAsync(cancellationToken);

        return new ConversionOptions(
            lead.Id, lead.Version, lead.DisplayName, await MatchesAsync(db, access, lead, cancellationToken),
            lead.Company ?? lead.PersonName ?? "", lead.PersonName, lead.ProductInterest, opportunityAccess.CanWrite,
            [.. pipelines.Select(p => new ConversionPipeline(p.Id, p.Name, p.FirstOpenStage.Name))],
            await CurrencyConversion.BaseCurrencyAsync(db, cancellationToken));
    }

    public async Task<IReadOnlyList<SourceLead>> ConvertedIntoAsync(
        Guid accountId, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var access = await leads.AccessForAsync(actor, db, cancellationToken);
        var converted = await leads.Leads(db, access).AsNoTracking()
            .Where(l => l.ConvertedAccountId == accountId)
            .OrderByDescending(l => l.ConvertedAt)
            .Take(50)
            .Select(l => new { l.Id, l.PersonName, l.Company, l.ConvertedAt, l.ConvertedOpportunityId })
            .ToListAsync(cancellationToken);

        return
        [
            .. converted.Select(l => new SourceLead(
                l.Id, l.PersonName ?? l.Company ?? "", l.ConvertedAt ?? default, l.ConvertedOpportunityId)),
        ];
    }

    // Accounts sharing a key with the lead, and the accounts of contacts that do, as the caller sees them.
    private async Task<IReadOnlyList<AccountMatch>> MatchesAsync(
        CrmDbContext db, CustomerAccess access, Lead lead, CancellationToken cancellationToken)
    {
        var keys = DuplicateKeys.Of(lead);
        if (keys.IsEmpty)
        {
            return [];
        }

        var direct = await DuplicateQueries.Accounts(db, keys, null).Take(MatchedAccounts * 2)
            .ToListAsync(cancellationToken);
        var throughContacts = await DuplicateQueries.Contacts(db, keys, null).Take(MatchedAccounts * 2)
            .ToListAsync(cancellationToken);
        var matched = direct.Concat(throughContacts)
            .Where(row => row.OwnerId is { } owner && access.Scope.Covers(owner))
            .GroupBy(row => row.AccountId!.Value)
            .Select(g => (AccountId: g.Key, On: g.Where(r => r.Kind == DuplicateKind.Account)
                .Aggregate(MatchedOn.None, (on, r) => on | r.ToCandidate(keys).MatchedOn)))
            .OrderByDescending(m => Weight(m.On))
            .Take(MatchedAccounts)
            .ToList();

        var found = new List<AccountMatch>();
        foreach (var (accountId, on) in matched)
        {
            found.Add(await AccountMatchAsync(db, accountId, on, keys, cancellationToken));
        }

        return [.. found.OrderByDescending(a => Weight(a.MatchedOn) + a.Contacts.Sum(c => Weight(c.MatchedOn)))];
    }

    private static async Task<AccountMatch> AccountMatchAsync(
        CrmDbContext db, Guid accountId, MatchedOn on, DuplicateKeys keys, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == accountId)
            .Select(a => new
            {
                a.Name,
                a.City,
                Owner = db.CrmUsers.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var contacts = await db.Contacts.Where(c => c.AccountId == accountId)
            .OrderByDescending(c => c.IsPrimary).ThenBy(c => c.NameSortKey)
            .Take(ContactsPerAccount)
            .Select(c => new { c.Id, c.Name, c.Title, c.EmailKey, c.PhoneKey, c.MobileKey })
            .ToListAsync(cancellationToken);

        var shown = contacts
            .Select(c => new ContactMatch(
                c.Id, c.Name, c.Title, keys.Compare(c.EmailKey, c.PhoneKey, c.MobileKey, null)))
            .OrderByDescending(c => Weight(c.MatchedOn))
            .ToList();

        return new AccountMatch(accountId, account.Name, account.City, account.Owner ?? "", on, shown);
    }

    // An email or phone in common says more than a similar company name.
    private static int Weight(MatchedOn on) =>
        (on.HasFlag(MatchedOn.Email) ? 4 : 0) + (on.HasFlag(MatchedOn.Phone) ? 4 : 0)
        + (on.HasFlag(MatchedOn.Company) ? 2 : 0);
}
