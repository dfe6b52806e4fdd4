using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Customers;

internal sealed class AccountService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ICustomerVisibility visibility,
    TimeProvider clock)
    : IAccountService
{
    public async Task<Page<AccountRow>> SearchAsync(AccountQuery query, CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;

        var accounts = AccountFilters.Apply(visibility.Accounts(db, access), query);
        var total = await accounts.CountAsync(cancellationToken);
        var rows = await AccountFilters.Order(accounts, db, query)
            .Skip(query.Page * query.PageSize)
            .Take(Math.Clamp(query.PageSize, 1, 200))
            .Select(a => new AccountRow(
                a.Id, a.Name, a.Kind, a.Industry, a.Tier, a.Region, a.City, a.Phone, a.OwnerId,
                db.CrmUsers.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                a.Tags,
                db.Activities.Where(x => x.AccountId == a.Id).Max(x => (DateTime?)x.OccurredAt)))
            .ToListAsync(cancellationToken);

        return new Page<AccountRow>(rows, total);
    }

    public async Task<AccountDetails> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;

        var account = await visibility.Accounts(db, access).AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("Account", id);
        var ownerName = await db.CrmUsers.Where(u => u.Id == account.OwnerId).Select(u => u.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
        var parentName = await visibility.Accounts(db, access).Where(a => a.Id == account.ParentAccountId)
            .Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        var createdAt = await db.Accounts.Where(a => a.Id == id)
            .Select(a => EF.Property<DateTime>(a, AuditStamps.CreatedAt)).SingleAsync(cancellationToken);

        return new AccountDetails(
            account.Id, account.Version, ProfileOf(account), account.Tags, account.OwnerId, ownerName ?? "",
            account.ParentAccountId, parentName, createdAt, access.CanEdit(account.OwnerId), access.CanLogActivities);
    }

    public async Task<Guid> CreateAsync(AccountInput input, CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;
        var actor = await currentUser.GetAsync(cancellationToken);
        var ownerId = input.OwnerId ?? actor.UserId;
        if (!access.CanEdit(ownerId))
        {
            throw new ForbiddenException("You cannot create accounts for this owner.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var account = Account.Create(Guid.CreateVersion7(), input.Profile, ownerId, now);
        account.SetTags(input.Tags);
        account.SetParent(await VisibleParentAsync(db, access, input.ParentAccountId, cancellationToken));
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);

        return account.Id;
    }

    public async Task UpdateAsync(
        Guid id, int expectedVersion, AccountInput input, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(id, expectedVersion, async (db, access, account, now) =>
        {
            account.UpdateProfile(input.Profile, now);
            account.SetTags(input.Tags);
            account.SetParent(await VisibleParentAsync(db, access, input.ParentAccountId, cancellationToken));
            if (input.OwnerId is { } ownerId && access.CanEdit(ownerId))
            {
                account.AssignOwner(ownerId, now);
            }
        }, cancellationToken);
    }

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, (_, _, account, now) =>
        {
            account.Delete(now);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task RestoreAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;

        var account = await visibility.Accounts(db, access).IgnoreQueryFilters()
            .SingleOrDefaultAsync(a => a.Id == id && a.IsDeleted, cancellationToken)
            ?? throw new NotFoundException("Account", id);
        EnsureEditable(access, account);
        account.Restore(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ChangeAsync(
        Guid id, int expectedVersion, Func<CrmDbContext, CustomerAccess, Account, DateTime, Task> change,
        CancellationToken cancellationToken)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;

        var account = await visibility.Accounts(db, access).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Account", id);
        EnsureEditable(access, account);
        db.Entry(account).Property(a => a.Version).OriginalValue = expectedVersion;

        await change(db, access, account, clock.GetUtcNow().UtcDateTime);
        await SaveCheckedAsync(db, id, cancellationToken);
    }

    private static async Task SaveCheckedAsync(CrmDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Account", id);
        }
    }

    private static void EnsureEditable(CustomerAccess access, Account account)
    {
        if (!access.CanEdit(account.OwnerId))
        {
            throw new ForbiddenException("You can read this account but not change it.");
        }
    }

    private async Task<Guid?> VisibleParentAsync(
        CrmDbContext db, CustomerAccess access, Guid? parentId, CancellationToken cancellationToken)
    {
        if (parentId is null || await visibility.Accounts(db, access).AnyAsync(a => a.Id == parentId, cancellationToken))
        {
            return parentId;
        }

        throw new DomainException("Parent.not-found", "The parent account was not found.", "Parent");
    }

    private async Task<(CrmDbContext Db, CustomerAccess Access)> OpenAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var db = await contexts.CreateDbContextAsync(cancellationToken);

        return (db, await visibility.AccessForAsync(actor, db, cancellationToken));
    }

    private static AccountProfile ProfileOf(Account a) =>
        new(a.Name, a.Kind, a.Industry, a.Tier, a.Region, a.Phone, a.Email, a.Website, a.City, a.Address);
}
