using Crm.Domain.Customers;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>Accounts and contacts saved before match keys existed get them at start, on every provider.</summary>
public sealed class MatchKeyBackfillTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RunAsync_AccountWithoutKeys_FillsThemAndKeepsItsVersion(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = TestRecords.Account(host.Now, "上海华辰科技有限公司");
        account.UpdateProfile(TestRecords.Profile("上海华辰科技有限公司", phone: "+86 21 5555 0100"), host.Now);
        await host.SaveNewAsync(account);
        await ForgetKeysAsync(host, account.Id);

        await Backfill(host).RunAsync(Ct);

        var saved = await host.ReloadAsync<Account>(account.Id);
        Assert.Equal(("上海华辰科技", "02155550100", "", 1),
            (saved.CompanyKey, saved.PhoneKey, saved.EmailKey, saved.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RunAsync_ContactWithoutKeys_FillsThem(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        var details = new ContactDetails("王建国", null, null, "138 0013 8000", "Wang@HuaChen.cn", null);
        var contact = await host.SaveNewAsync(Contact.Create(Guid.CreateVersion7(), account.Id, details, host.Now));
        await using (var db = await host.OpenAsync())
        {
            await db.Contacts.Where(c => c.Id == contact.Id).ExecuteUpdateAsync(set => set
                .SetProperty(c => c.EmailKey, (string?)null)
                .SetProperty(c => c.MobileKey, (string?)null), Ct);
        }

        await Backfill(host).RunAsync(Ct);

        var saved = await host.ReloadAsync<Contact>(contact.Id);
        Assert.Equal(("wang@huachen.cn", "13800138000"), (saved.EmailKey, saved.MobileKey));
    }

    private static MatchKeyBackfill Backfill(CrmTestHost host) =>
        host.Get<IEnumerable<IStartupDataStep>>().OfType<MatchKeyBackfill>().Single();

    private static async Task ForgetKeysAsync(CrmTestHost host, Guid accountId)
    {
        await using var db = await host.OpenAsync();
        await db.Accounts.Where(a => a.Id == accountId).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.CompanyKey, (string?)null)
            .SetProperty(a => a.PhoneKey, (string?)null)
            .SetProperty(a => a.EmailKey, (string?)null), Ct);
    }
}
