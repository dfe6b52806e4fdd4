using Crm.Domain.Leads;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>The known customer behind an email address, by the normalized key duplicate checks use.</summary>
internal sealed record CustomerMatch(Guid? AccountId, Guid? ContactId, string? ContactName)
{
    private static readonly CustomerMatch Nobody = new(null, null, null);

    /// <summary>
    /// The one contact with that email (and its account); else the one account with it; else
    /// nobody. Two contacts or accounts sharing an address are not guessed between.
    /// </summary>
    public static async Task<CustomerMatch> FindAsync(CrmDbContext db, string email, CancellationToken cancellationToken)
    {
        var key = MatchKeys.Email(email);
        if (key.Length == 0)
        {
            return Nobody;
        }

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.EmailKey == key)
            .Select(c => new CustomerMatch(c.AccountId, c.Id, c.Name)).Take(2).ToListAsync(cancellationToken);
        if (contacts.Count == 1)
        {
            return contacts[0];
        }

        var accounts = await db.Accounts.AsNoTracking().Where(a => a.EmailKey == key)
            .Select(a => a.Id).Take(2).ToListAsync(cancellationToken);

        return accounts.Count == 1 && contacts.Count == 0 ? new CustomerMatch(accounts[0], null, null) : Nobody;
    }
}
