using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Customers;

internal sealed class CustomerSearch(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ICustomerVisibility visibility)
    : ICustomerSearch
{
    public const int MinimumLength = 2;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, int limit = 10, CancellationToken cancellationToken = default)
    {
        var term = text?.Trim() ?? "";
        if (term.Length < MinimumLength)
        {
            return [];
        }

        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);

        var accounts = await visibility.Accounts(db, access)
            .Where(a => a.Name.Contains(term) || (a.Phone != null && a.Phone.Contains(term))
                || (a.Email != null && a.Email.Contains(term)))
            .OrderBy(a => a.NameSortKey + SortKeys.SortMatches)
            .Take(limit)
            .Select(a => new SearchHit(SearchHitKind.Account, a.Id, a.Name, a.City, a.Id))
            .ToListAsync(cancellationToken);
        var contacts = await visibility.Contacts(db, access)
            .Where(c => c.Name.Contains(term) || (c.Phone != null && c.Phone.Contains(term))
                || (c.Mobile != null && c.Mobile.Contains(term)) || (c.Email != null && c.Email.Contains(term)))
            .OrderBy(c => c.NameSortKey + SortKeys.SortMatches)
            .Take(limit)
            .Select(c => new SearchHit(SearchHitKind.Contact, c.Id, c.Name,
                db.Accounts.Where(a => a.Id == c.AccountId).Select(a => a.Name).FirstOrDefault(), c.AccountId))
            .ToListAsync(cancellationToken);

        return [.. accounts.Concat(contacts).Take(limit)];
    }
}
