using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>Deleted business records disappear from every query but stay in the table.</summary>
public sealed class SoftDeleteTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Query_DeletedAccount_IsHidden(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));

        await host.ChangeAsync<Account>(account.Id, (a, at) => a.Delete(at));

        await using var db = await host.OpenAsync();
        Assert.False(await db.Accounts.AnyAsync(a => a.Id == account.Id, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task IgnoreQueryFilters_DeletedAccount_IsFoundWithDeletionTime(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        host.Clock.Advance(TimeSpan.FromDays(1));

        await host.ChangeAsync<Account>(account.Id, (a, at) => a.Delete(at));

        await using var db = await host.OpenAsync();
        var deleted = await db.Accounts.IgnoreQueryFilters()
            .SingleAsync(a => a.Id == account.Id, Token);
        Assert.Equal((true, host.Now), (deleted.IsDeleted, deleted.DeletedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_DeletedThenRestored_HidesThenShowsAccount(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var accounts = host.Get<IAccountService>();
        var id = await accounts.CreateAsync(new AccountInput(TestRecords.Profile("Acme"), [], null, null), Token);

        await accounts.DeleteAsync(id, 1, Token);
        var whileDeleted = await Record.ExceptionAsync(() => accounts.GetAsync(id, Token));
        await accounts.RestoreAsync(id, Token);

        Assert.IsType<NotFoundException>(whileDeleted);
        Assert.Equal(3, (await accounts.GetAsync(id, Token)).Version);
    }
}
