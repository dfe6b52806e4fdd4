using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>The application-incremented version is the concurrency token on every provider.</summary>
public sealed class ConcurrencyTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_StaleVersion_ThrowsConcurrencyException(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));

        var failure = await Record.ExceptionAsync(() => SaveStaleEditAsync(host, account.Id));

        Assert.IsType<DbUpdateConcurrencyException>(failure);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_StaleVersion_LeavesRowAsTheOtherWriterSavedIt(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));

        await Record.ExceptionAsync(() => SaveStaleEditAsync(host, account.Id));

        var saved = await host.ReloadAsync<Account>(account.Id);
        Assert.Equal(("Acme Holdings", 2), (saved.Name, saved.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_StaleExpectedVersion_ThrowsConflictAndKeepsRow(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var accounts = host.Get<IAccountService>();
        var id = await accounts.CreateAsync(Input("Acme"), TestContext.Current.CancellationToken);
        await accounts.UpdateAsync(id, 1, Input("Acme Holdings"), TestContext.Current.CancellationToken);

        var failure = await Record.ExceptionAsync(
            () => accounts.UpdateAsync(id, 1, Input("Acme Stale"), TestContext.Current.CancellationToken));

        var saved = await host.ReloadAsync<Account>(id);
        Assert.IsType<ConcurrencyConflictException>(failure);
        Assert.Equal(("Acme Holdings", 2), (saved.Name, saved.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_ThreeUpdates_VersionIsFour(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));

        foreach (var name in new[] { "Acme 2", "Acme 3", "Acme 4" })
        {
            await host.ChangeAsync<Account>(account.Id, (a, at) => a.UpdateProfile(TestRecords.Profile(name), at));
        }

        Assert.Equal(4, (await host.ReloadAsync<Account>(account.Id)).Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_SeveralChangesInOneSave_IncrementsVersionOnce(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));

        await host.ChangeAsync<Account>(account.Id, (a, at) =>
        {
            a.UpdateProfile(TestRecords.Profile("Acme Holdings"), at);
            a.AssignOwner(Guid.CreateVersion7(), at);
            a.SetTags(["vip"]);
        });

        Assert.Equal(2, (await host.ReloadAsync<Account>(account.Id)).Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_NothingChanged_KeepsVersion(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));

        await host.ChangeAsync<Account>(account.Id, (_, _) => { });

        Assert.Equal(1, (await host.ReloadAsync<Account>(account.Id)).Version);
    }

    private static AccountInput Input(string name) => new(TestRecords.Profile(name), [], null, null);

    // Loads version 1, lets another context save version 2, then saves the first context's edit.
    private static async Task SaveStaleEditAsync(CrmTestHost host, Guid id)
    {
        await using var db = await host.OpenAsync();
        var stale = await db.Accounts.SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken);
        await host.ChangeAsync<Account>(id, (a, at) => a.UpdateProfile(TestRecords.Profile("Acme Holdings"), at));

        stale.UpdateProfile(TestRecords.Profile("Acme Stale"), host.Now);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
