using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Customers;

internal sealed class ContactService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ICustomerVisibility visibility,
    TimeProvider clock)
    : IContactService
{
    private const string RecordType = "Contact";

    public async Task<Page<ContactRow>> SearchAsync(ContactQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);

        var rows = ContactQueries.Filter(VisibleRows(session), query);
        var total = await rows.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var items = await ContactQueries.Rows(ContactQueries.Order(rows, query)
                .Skip(Math.Max(query.Page, 0) * pageSize)
                .Take(pageSize))
            .ToListAsync(cancellationToken);

        return new Page<ContactRow>(items, total);
    }

    public async Task<IReadOnlyList<ContactRow>> ListByAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        await EnsureAccountVisibleAsync(session, accountId, cancellationToken);

        var rows = VisibleRows(session).Where(x => x.Contact.AccountId == accountId)
            .OrderByDescending(x => x.Contact.IsPrimary)
            .ThenBy(x => x.Contact.NameSortKey)
            .ThenBy(x => x.Contact.Id);

        return await ContactQueries.Rows(rows).ToListAsync(cancellationToken);
    }

    public async Task<ContactView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);

        var found = await VisibleRows(session).AsNoTracking()
            .SingleOrDefaultAsync(x => x.Contact.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        var (contact, account) = (found.Contact, found.Account);

        return new ContactView(
            contact.Id, contact.Version, account.Id, account.Name, ContactQueries.DetailsOf(contact),
            contact.IsPrimary, session.Access.CanEditContacts, session.Access.CanLogActivities);
    }

    public async Task<Guid> CreateAsync(
        Guid accountId, ContactDetails details, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        await EnsureAccountVisibleAsync(session, accountId, cancellationToken);
        EnsureEditable(session.Access);

        var contact = Contact.Create(Guid.CreateVersion7(), accountId, details, Now);
        var hasContacts = await session.Db.Contacts.AnyAsync(c => c.AccountId == accountId, cancellationToken);
        contact.MarkPrimary(!hasContacts);
        session.Db.Contacts.Add(contact);
        await session.Db.SaveChangesAsync(cancellationToken);

        return contact.Id;
    }

    public Task UpdateAsync(
        Guid id, int expectedVersion, ContactDetails details, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, contact => contact.Update(details, Now), cancellationToken);

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, contact => contact.Delete(Now), cancellationToken);

    public async Task RestoreAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);

        var contact = await visibility.Contacts(session.Db, session.Access).IgnoreQueryFilters()
            .SingleOrDefaultAsync(c => c.Id == id && c.IsDeleted, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        EnsureEditable(session.Access);
        contact.Restore(Now);
        await session.Db.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkPrimaryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var contact = await FindAsync(session, id, cancellationToken);
        EnsureEditable(session.Access);

        var siblings = await session.Db.Contacts.Where(c => c.AccountId == contact.AccountId)
            .ToListAsync(cancellationToken);
        foreach (var sibling in siblings)
        {
            sibling.MarkPrimary(sibling.Id == id);
        }

        await session.Db.SaveChangesAsync(cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task ChangeAsync(
        Guid id, int expectedVersion, Action<Contact> change, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        var contact = await FindAsync(session, id, cancellationToken);
        EnsureEditable(session.Access);
        session.Db.ExpectVersion(contact, expectedVersion);

        change(contact);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
    }

    private async Task<Contact> FindAsync(CustomerSession session, Guid id, CancellationToken cancellationToken) =>
        await visibility.Contacts(session.Db, session.Access)
            .Where(c => session.Db.Accounts.Any(a => a.Id == c.AccountId))
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException(RecordType, id);

    private IQueryable<ContactWithAccount> VisibleRows(CustomerSession session) =>
        ContactQueries.WithAccounts(session.Db, visibility.Contacts(session.Db, session.Access));

    private async Task EnsureAccountVisibleAsync(
        CustomerSession session, Guid accountId, CancellationToken cancellationToken)
    {
        if (!await visibility.Accounts(session.Db, session.Access).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            throw new NotFoundException("Account", accountId);
        }
    }

    private static void EnsureEditable(CustomerAccess access)
    {
        if (!access.CanEditContacts)
        {
            throw new ForbiddenException("You can read contacts but not change them.");
        }
    }

    private Task<CustomerSession> OpenAsync(CancellationToken cancellationToken) =>
        CustomerSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
}
