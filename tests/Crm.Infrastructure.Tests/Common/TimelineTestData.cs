using Crm.Domain.Customers;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>Seeds teams, users, accounts and contacts straight through a context (no visibility).</summary>
public static class TimelineTestData
{
    public static async Task<Guid> AddTeamAsync(this TimelineTestHost host, string name, TeamKind kind = TeamKind.Sales)
    {
        var team = new Team(Guid.CreateVersion7(), name, kind, "East");

        return await host.SaveAsync(db => db.Teams.Add(team), team.Id);
    }

    public static async Task<Actor> AddUserAsync(this TimelineTestHost host, string name, Guid teamId, string role)
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var user = new User(Guid.CreateVersion7(), name, email, teamId, "Asia/Shanghai", "zh-CN");
        await host.SaveAsync(db => db.CrmUsers.Add(user), user.Id);

        return new Actor(user.Id, new HashSet<string>([role]));
    }

    public static Task<Guid> AddAccountAsync(this TimelineTestHost host, string name, Guid ownerId)
    {
        var profile = new AccountProfile(
            name, AccountKind.Company, Industry.Technology, AccountTier.Key, "East", null, null, null, null, null);
        var account = Account.Create(Guid.CreateVersion7(), profile, ownerId, host.Now);

        return host.SaveAsync(db => db.Accounts.Add(account), account.Id);
    }

    public static Task<Guid> AddContactAsync(this TimelineTestHost host, Guid accountId, string name)
    {
        var contact = Contact.Create(
            Guid.CreateVersion7(), accountId, new ContactDetails(name, null, null, null, null, null), host.Now);

        return host.SaveAsync(db => db.Contacts.Add(contact), contact.Id);
    }

    /// <summary>Runs a read against a fresh context, for assertions.</summary>
    public static async Task<T> QueryAsync<T>(this TimelineTestHost host, Func<CrmDbContext, Task<T>> query)
    {
        await using var db = await host.Get<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync();

        return await query(db);
    }

    private static async Task<Guid> SaveAsync(this TimelineTestHost host, Action<CrmDbContext> add, Guid id)
    {
        await using var db = await host.Get<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync();
        add(db);
        await db.SaveChangesAsync();

        return id;
    }
}
