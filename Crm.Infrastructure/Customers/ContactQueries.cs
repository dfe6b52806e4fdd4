using Crm.Domain.Customers;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Customers;

/// <summary>The contact list's join, filters and order, all translated to SQL.</summary>
internal static class ContactQueries
{
    public static IQueryable<ContactWithAccount> WithAccounts(CrmDbContext db, IQueryable<Contact> contacts) =>
        from c in contacts
        join a in db.Accounts on c.AccountId equals a.Id
        select new ContactWithAccount { Contact = c, Account = a };

    public static IQueryable<ContactWithAccount> Filter(IQueryable<ContactWithAccount> rows, ContactQuery query)
    {
        if (query.AccountId is { } accountId)
        {
            rows = rows.Where(x => x.Contact.AccountId == accountId);
        }

        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return rows;
        }

        var text = query.Text.Trim().ToLowerInvariant();

        return rows.Where(x => x.Contact.Name.ToLower().Contains(text)
            || (x.Contact.Phone != null && x.Contact.Phone.Contains(text))
            || (x.Contact.Mobile != null && x.Contact.Mobile.Contains(text))
            || (x.Contact.Email != null && x.Contact.Email.ToLower().Contains(text)));
    }

    /// <summary>Orders by the chosen column, then by pinyin name and id so pages never overlap.</summary>
    public static IQueryable<ContactWithAccount> Order(IQueryable<ContactWithAccount> rows, ContactQuery query)
    {
        var matchesText = !string.IsNullOrWhiteSpace(query.Text);
        var ordered = (query.Sort, query.Descending) switch
        {
            (ContactSort.Account, false) => rows.OrderBy(x => x.Account.NameSortKey),
            (ContactSort.Account, true) => rows.OrderByDescending(x => x.Account.NameSortKey),
            (ContactSort.Title, false) => rows.OrderBy(x => x.Contact.Title),
            (ContactSort.Title, true) => rows.OrderByDescending(x => x.Contact.Title),
            (_, false) when matchesText => rows.OrderBy(x => x.Contact.NameSortKey + SortKeys.SortMatches),
            (_, true) when matchesText => rows.OrderByDescending(x => x.Contact.NameSortKey + SortKeys.SortMatches),
            (_, false) => rows.OrderBy(x => x.Contact.NameSortKey),
            (_, true) => rows.OrderByDescending(x => x.Contact.NameSortKey),
        };

        return ordered.ThenBy(x => x.Contact.NameSortKey).ThenBy(x => x.Contact.Id);
    }

    public static IQueryable<ContactRow> Rows(IQueryable<ContactWithAccount> rows) =>
        rows.Select(x => new ContactRow(
            x.Contact.Id, x.Contact.Name, x.Contact.Title, x.Contact.Phone, x.Contact.Mobile, x.Contact.Email,
            x.Contact.WeChatId, x.Contact.IsPrimary, x.Account.Id, x.Account.Name, x.Contact.Version));

    public static ContactDetails DetailsOf(Contact c) => new(c.Name, c.Title, c.Phone, c.Mobile, c.Email, c.WeChatId);
}

/// <summary>A contact beside its (visible, not deleted) account.</summary>
internal sealed class ContactWithAccount
{
    public required Contact Contact { get; init; }

    public required Account Account { get; init; }
}
