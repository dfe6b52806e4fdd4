using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Customers;

internal sealed class AccountLookups(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ICustomerVisibility visibility)
    : IAccountLookups
{
    private const int MaxRegions = 200;

    // Flattening every account's tag list needs SQL APPLY, which SQLite lacks; the database
    // picks the accounts that carry a matching tag and only this many are read.
    private const int TagSampleSize = 500;

    public async Task<IReadOnlyList<OwnerOption>> AssignableOwnersAsync(CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;
        if (!access.CanEditProfiles)
        {
            return [];
        }

        return await OwnersAsync(InScope(db.CrmUsers, access).Where(u => u.IsActive), cancellationToken);
    }

    public async Task<IReadOnlyList<OwnerOption>> VisibleOwnersAsync(CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;

        return await OwnersAsync(InScope(db.CrmUsers, access), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;

        var regions = await visibility.Accounts(db, access)
            .Where(a => a.Region != "")
            .Select(a => a.Region)
            .Distinct()
            .Take(MaxRegions)
            .ToListAsync(cancellationToken);

        return [.. regions.OrderBy(Domain.Common.NameSortKey.For, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<string>> TagsAsync(
        string? prefix, int limit = 20, CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;

        var start = prefix?.Trim() ?? "";
        var tagLists = await visibility.Accounts(db, access)
            .Where(a => a.Tags.Any(t => t.StartsWith(start)))
            .OrderBy(a => a.NameSortKey)
            .Take(TagSampleSize)
            .Select(a => a.Tags)
            .ToListAsync(cancellationToken);

        return
        [
            .. tagLists.SelectMany(t => t)
                .Where(t => t.StartsWith(start, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Take(Math.Clamp(limit, 1, 100)),
        ];
    }

    public async Task<IReadOnlyList<AccountOption>> FindAccountsAsync(
        string? text, int limit = 20, CancellationToken cancellationToken = default)
    {
        var (db, access) = await OpenAsync(cancellationToken);
        await using var _ = db;

        var term = text?.Trim() ?? "";
        return await visibility.Accounts(db, access)
            .Where(a => term == "" || a.Name.Contains(term))
            .OrderBy(a => a.NameSortKey)
            .Take(Math.Clamp(limit, 1, 50))
            .Select(a => new AccountOption(a.Id, a.Name, a.City))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<User> InScope(IQueryable<User> users, CustomerAccess access) =>
        access.Scope.SeesAll ? users : users.Where(u => access.Scope.OwnerIds.Contains(u.Id));

    private static async Task<IReadOnlyList<OwnerOption>> OwnersAsync(
        IQueryable<User> users, CancellationToken cancellationToken)
    {
        var owners = await users.Select(u => new OwnerOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);

        return [.. owners.OrderBy(o => Domain.Common.NameSortKey.For(o.Name), StringComparer.Ordinal)];
    }

    private async Task<(CrmDbContext Db, CustomerAccess Access)> OpenAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var db = await contexts.CreateDbContextAsync(cancellationToken);

        return (db, await visibility.AccessForAsync(actor, db, cancellationToken));
    }
}
