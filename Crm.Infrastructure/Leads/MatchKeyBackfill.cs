using Crm.Domain.Leads;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// Fills in the match keys of accounts and contacts saved before the keys existed, once, at
/// start: the keys need the normalization code, which SQL cannot run. New and edited records
/// get their keys from the entities themselves, so later starts find nothing to do (two index
/// look-ups). Stamps and versions are left alone: the records themselves did not change.
/// </summary>
internal sealed class MatchKeyBackfill(IDbContextFactory<CrmDbContext> contexts, ILogger<MatchKeyBackfill> logger)
    : IStartupDataStep
{
    private const int BatchSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var accounts = 0;
        var contacts = 0;
        while (await FillAccountsAsync(cancellationToken) is var filled and > 0)
        {
            accounts += filled;
        }

        while (await FillContactsAsync(cancellationToken) is var filled and > 0)
        {
            contacts += filled;
        }

        if (accounts + contacts > 0)
        {
            LeadsLog.KeysBackfilled(logger, accounts, contacts);
        }
    }

    private Task<int> FillAccountsAsync(CancellationToken cancellationToken) =>
        contexts.InTransactionAsync(async db =>
        {
            var batch = await db.Accounts.IgnoreQueryFilters()
                .Where(a => a.CompanyKey == null || a.PhoneKey == null || a.EmailKey == null)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .Select(a => new { a.Id, a.Name, a.Phone, a.Email })
                .ToListAsync(cancellationToken);
            foreach (var a in batch)
            {
                var (company, phone, email) =
                    (MatchKeys.Company(a.Name), MatchKeys.Phone(a.Phone), MatchKeys.Email(a.Email));
                await db.Accounts.IgnoreQueryFilters().Where(x => x.Id == a.Id).ExecuteUpdateAsync(set => set
                    .SetProperty(x => x.CompanyKey, company)
                    .SetProperty(x => x.PhoneKey, phone)
                    .SetProperty(x => x.EmailKey, email), cancellationToken);
            }

            return batch.Count;
        }, cancellationToken);

    private Task<int> FillContactsAsync(CancellationToken cancellationToken) =>
        contexts.InTransactionAsync(async db =>
        {
            var batch = await db.Contacts.IgnoreQueryFilters()
                .Where(c => c.EmailKey == null || c.PhoneKey == null || c.MobileKey == null)
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .Select(c => new { c.Id, c.Email, c.Phone, c.Mobile })
                .ToListAsync(cancellationToken);
            foreach (var c in batch)
            {
                var (email, phone, mobile) =
                    (MatchKeys.Email(c.Email), MatchKeys.Phone(c.Phone), MatchKeys.Phone(c.Mobile));
                await db.Contacts.IgnoreQueryFilters().Where(x => x.Id == c.Id).ExecuteUpdateAsync(set => set
                    .SetProperty(x => x.EmailKey, email)
                    .SetProperty(x => x.PhoneKey, phone)
                    .SetProperty(x => x.MobileKey, mobile), cancellationToken);
            }

            return batch.Count;
        }, cancellationToken);
}
