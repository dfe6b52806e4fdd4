using Crm.Domain.Customers;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Customers;

internal static class AccountFilters
{
    public static IQueryable<Account> Apply(IQueryable<Account> accounts, AccountQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            accounts = accounts.Where(a => a.Name.Contains(text)
                || (a.Phone != null && a.Phone.Contains(text))
                || (a.Email != null && a.Email.Contains(text)));
        }

        if (query.Industry is { } industry)
        {
            accounts = accounts.Where(a => a.Industry == industry);
        }

        if (query.Tier is { } tier)
        {
            accounts = accounts.Where(a => a.Tier == tier);
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            accounts = accounts.Where(a => a.Region == query.Region);
        }

        if (query.OwnerId is { } ownerId)
        {
            accounts = accounts.Where(a => a.OwnerId == ownerId);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            accounts = accounts.Where(a => a.Tags.Contains(query.Tag));
        }

        return accounts;
    }

    /// <summary>Orders by the chosen column, then by pinyin name and id so pages never overlap.</summary>
    public static IQueryable<Account> Order(IQueryable<Account> accounts, CrmDbContext db, AccountQuery query)
    {
        var matchesText = !string.IsNullOrWhiteSpace(query.Text);
        var ordered = (query.Sort, query.Descending) switch
        {
            (AccountSort.Tier, false) => accounts.OrderBy(a => a.Tier),
            (AccountSort.Tier, true) => accounts.OrderByDescending(a => a.Tier),
            (AccountSort.City, false) => accounts.OrderBy(a => a.City),
            (AccountSort.City, true) => accounts.OrderByDescending(a => a.City),
            (AccountSort.Owner, false) => accounts.OrderBy(a =>
                db.CrmUsers.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault()),
            (AccountSort.Owner, true) => accounts.OrderByDescending(a =>
                db.CrmUsers.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault()),
            (AccountSort.Created, false) => accounts.OrderBy(a => EF.Property<DateTime>(a, AuditStamps.CreatedAt)),
            (AccountSort.Created, true) => accounts.OrderByDescending(a =>
                EF.Property<DateTime>(a, AuditStamps.CreatedAt)),
            (_, false) when matchesText => accounts.OrderBy(a => a.NameSortKey + SortKeys.SortMatches),
            (_, true) when matchesText => accounts.OrderByDescending(a => a.NameSortKey + SortKeys.SortMatches),
            (_, false) => accounts.OrderBy(a => a.NameSortKey),
            (_, true) => accounts.OrderByDescending(a => a.NameSortKey),
        };

        return ordered.ThenBy(a => a.NameSortKey).ThenBy(a => a.Id);
    }
}
