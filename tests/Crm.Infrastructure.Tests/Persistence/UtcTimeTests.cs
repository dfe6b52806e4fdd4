using Crm.Domain.Activities;
using Crm.Domain.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>Times are stored as UTC and read back saying so, whatever the provider.</summary>
public sealed class UtcTimeTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Query_SavedTimes_ComeBackAsUtc(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        await host.ChangeAsync<Account>(account.Id, (a, at) => a.Delete(at));

        await using var db = await host.OpenAsync();
        var times = await db.Accounts.IgnoreQueryFilters().Where(a => a.Id == account.Id)
            .Select(a => new { a.DeletedAt, CreatedAt = EF.Property<DateTime>(a, AuditStamps.CreatedAt) })
            .SingleAsync(Token);

        Assert.Equal((DateTimeKind.Utc, DateTimeKind.Utc), (times.DeletedAt!.Value.Kind, times.CreatedAt.Kind));
        Assert.Equal((host.Now, host.Now), (times.DeletedAt.Value, times.CreatedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Query_BusinessTimeWithFraction_RoundTripsExactlyAsUtc(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        var happened = host.Now.AddHours(-5).AddMilliseconds(123.456);

        var activity = await host.SaveNewAsync(TestRecords.Activity(account.Id, happened, host.Now));

        var saved = await host.ReloadAsync<Activity>(activity.Id);
        Assert.Equal(DateTimeKind.Utc, saved.OccurredAt.Kind);
        Assert.Equal(happened, saved.OccurredAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, DateTimeKind.Unspecified)]
    [InlineData(DatabaseProvider.Sqlite, DateTimeKind.Local)]
    [InlineData(DatabaseProvider.PostgreSql, DateTimeKind.Unspecified)]
    [InlineData(DatabaseProvider.PostgreSql, DateTimeKind.Local)]
    public async Task Where_ParameterOfAnyKind_ComparesTheSameInstant(DatabaseProvider provider, DateTimeKind kind)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        var happened = host.Now.AddDays(-1);
        var activity = await host.SaveNewAsync(TestRecords.Activity(account.Id, happened, host.Now));
        // Unspecified times are taken as UTC; local times are converted to UTC.
        var boundary = kind == DateTimeKind.Local ? happened.ToLocalTime() : DateTime.SpecifyKind(happened, kind);

        await using var db = await host.OpenAsync();
        var found = await db.Activities
            .Where(a => a.AccountId == account.Id && a.OccurredAt >= boundary && a.OccurredAt <= boundary)
            .Select(a => a.Id)
            .ToListAsync(Token);

        Assert.Equal([activity.Id], found);
    }
}
