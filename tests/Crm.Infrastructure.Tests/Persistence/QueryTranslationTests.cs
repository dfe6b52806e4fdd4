using Crm.Domain.Activities;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>
/// Name order and time ranges run in the database, on SQLite too (which cannot compare decimal
/// or date-time-offset values), and give the right rows on every provider.
/// </summary>
public sealed class QueryTranslationTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AccountOrder_DefaultSortOnSqlite_OrdersByNameSortKeyInSql()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        await using var db = await host.OpenAsync();

        var sql = AccountFilters.Order(db.Accounts, db, new AccountQuery()).ToQueryString();

        Assert.Contains("ORDER BY \"a\".\"NameSortKey\"", sql);
    }

    [Fact]
    public async Task OccurredAtRange_OnSqlite_FiltersAndOrdersInSql()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        await using var db = await host.OpenAsync();

        var sql = Between(db.Activities, host.Now.AddDays(-1), host.Now).ToQueryString();

        Assert.Matches("""WHERE [^\n]*"a"\."OccurredAt" >= @\w+ AND "a"\."OccurredAt" < @\w+""", sql);
        Assert.Contains("ORDER BY \"a\".\"OccurredAt\"", sql);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_ChineseNames_ReturnsPinyinOrder(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var accounts = host.Get<IAccountService>();
        var tag = Guid.NewGuid().ToString("N");
        foreach (var name in new[] { "字节跳动", "腾讯", "阿里巴巴", "百度" })
        {
            await accounts.CreateAsync(new AccountInput(TestRecords.Profile(name), [tag], null, null), Token);
        }

        var page = await accounts.SearchAsync(new AccountQuery(Tag: tag), Token);

        Assert.Equal(["阿里巴巴", "百度", "腾讯", "字节跳动"], page.Items.Select(a => a.Name));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OccurredAtRange_ActivitiesAroundTheBounds_ReturnsThoseInsideInTimeOrder(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        var from = host.Now.AddDays(-2);
        var to = host.Now.AddDays(-1);
        var offsets = new[] { -1_000, 3_600_500, 0, 86_400_000, 86_399_999 };
        foreach (var milliseconds in offsets)
        {
            await host.SaveNewAsync(TestRecords.Activity(account.Id, from.AddMilliseconds(milliseconds), host.Now));
        }

        await using var db = await host.OpenAsync();
        var found = await Between(db.Activities.Where(a => a.AccountId == account.Id), from, to)
            .Select(a => a.OccurredAt).ToListAsync(Token);

        Assert.Equal([from, from.AddMilliseconds(3_600_500), from.AddMilliseconds(86_399_999)], found);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SearchAsync_AccountWithActivities_ReturnsLatestOccurrenceAsUtc(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var tag = Guid.NewGuid().ToString("N");
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));
        await host.ChangeAsync<Domain.Customers.Account>(account.Id, (a, _) => a.SetTags([tag]));
        var latest = host.Now.AddHours(-1);
        await host.SaveNewAsync(TestRecords.Activity(account.Id, latest.AddDays(-10), host.Now));
        await host.SaveNewAsync(TestRecords.Activity(account.Id, latest, host.Now));

        var page = await host.Get<IAccountService>().SearchAsync(new AccountQuery(Tag: tag), Token);

        var row = Assert.Single(page.Items);
        Assert.Equal((latest, DateTimeKind.Utc), (row.LastActivityAt, row.LastActivityAt!.Value.Kind));
    }

    private static IQueryable<Activity> Between(IQueryable<Activity> activities, DateTime from, DateTime to) =>
        activities.Where(a => a.OccurredAt >= from && a.OccurredAt < to).OrderBy(a => a.OccurredAt);
}
