using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Common;

/// <summary>Looks up records of the seeded demo company, so tests name real data.</summary>
internal static class DemoData
{
    public static async Task<(Guid Id, string Name)> FirstAccountOwnedByAsync(this CrmAppFixture app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();

        var ownerId = await db.CrmUsers.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var account = await db.Accounts.Where(a => a.OwnerId == ownerId)
            .OrderBy(a => a.NameSortKey)
            .Select(a => new { a.Id, a.Name })
            .FirstAsync();

        return (account.Id, account.Name);
    }

    /// <summary>Whether a lead with this email is stored, read afresh.</summary>
    public static async Task<bool> HasLeadWithEmailAsync(this CrmAppFixture app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();

        return await db.Leads.AnyAsync(l => l.Email == email);
    }
}
