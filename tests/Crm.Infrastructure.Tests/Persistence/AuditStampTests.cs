using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>Who wrote a row and when, from the acting user and the injected clock.</summary>
public sealed class AuditStampTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_NewAggregate_StampsCreatorAndClockTime(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var creator = host.Actor.Id;

        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));

        var expected = new Stamps(CrmTestHost.Start.UtcDateTime, creator, CrmTestHost.Start.UtcDateTime, creator);
        Assert.Equal(expected, await StampsOfAsync<Account>(host, account.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_Update_StampsUpdaterAndKeepsCreation(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var creator = host.Actor.Id;
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        host.Clock.Advance(TimeSpan.FromHours(2));
        var editor = host.Actor.Id = Guid.CreateVersion7();

        await host.ChangeAsync<Account>(account.Id, (a, at) => a.UpdateProfile(TestRecords.Profile("Acme 2"), at));

        var expected = new Stamps(CrmTestHost.Start.UtcDateTime, creator, host.Now, editor);
        Assert.Equal(expected, await StampsOfAsync<Account>(host, account.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_ActivityLoggedLater_KeepsBusinessTimeApartFromStamp(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        var happened = host.Now.AddDays(-3);

        var activity = await host.SaveNewAsync(TestRecords.Activity(account.Id, happened, host.Now));

        var saved = await host.ReloadAsync<Activity>(activity.Id);
        Assert.Equal(happened, saved.OccurredAt);
        Assert.Equal(host.Now, (await StampsOfAsync<Activity>(host, activity.Id)).CreatedAt);
    }

    private sealed record Stamps(DateTime CreatedAt, Guid? CreatedById, DateTime UpdatedAt, Guid? UpdatedById);

    private static async Task<Stamps> StampsOfAsync<T>(CrmTestHost host, Guid id)
        where T : AggregateRoot
    {
        await using var db = await host.OpenAsync();

        return await db.Set<T>().IgnoreQueryFilters().Where(e => e.Id == id)
            .Select(e => new Stamps(
                EF.Property<DateTime>(e, AuditStamps.CreatedAt),
                EF.Property<Guid?>(e, AuditStamps.CreatedById),
                EF.Property<DateTime>(e, AuditStamps.UpdatedAt),
                EF.Property<Guid?>(e, AuditStamps.UpdatedById)))
            .SingleAsync(TestContext.Current.CancellationToken);
    }
}
