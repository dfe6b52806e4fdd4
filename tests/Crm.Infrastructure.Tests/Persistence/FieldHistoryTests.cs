using Crm.Domain.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>Changes of audited fields leave a row each: which field, from what, to what, by whom, when.</summary>
public sealed class FieldHistoryTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_AuditedFieldsChanged_RecordsOldAndNewValues(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));

        await host.ChangeAsync<Account>(account.Id, (a, at) =>
        {
            a.UpdateProfile(TestRecords.Profile("Acme Holdings", phone: "021-5555"), at);
        });

        var changes = await ChangesOfAsync(host, account.Id);
        Assert.Equal(
            [("Name", "Acme", "Acme Holdings"), ("Phone", null, "021-5555")],
            changes.Select(c => (c.Field, c.OldValue, c.NewValue)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_AuditedFieldChanged_RecordsActorAndClockTime(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        var editor = host.Actor.Id = Guid.CreateVersion7();

        await host.ChangeAsync<Account>(account.Id, (a, at) => a.UpdateProfile(TestRecords.Profile("Acme 2"), at));

        var change = Assert.Single(await ChangesOfAsync(host, account.Id));
        Assert.Equal(("Account", editor, host.Now), (change.EntityType, change.ChangedById, change.ChangedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_TwoSavedEdits_RecordTheVersionEachSaveProduced(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));

        await host.ChangeAsync<Account>(account.Id, (a, at) => a.UpdateProfile(TestRecords.Profile("Acme 2"), at));
        await host.ChangeAsync<Account>(account.Id, (a, at) => a.UpdateProfile(TestRecords.Profile("Acme 3"), at));

        var changes = await ChangesOfAsync(host, account.Id);
        Assert.Equal(
            [("Acme 2", 2), ("Acme 3", 3)], changes.Select(c => (c.NewValue, c.Version)).OrderBy(c => c.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_OnlyUnauditedFieldChanged_RecordsNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "Acme"));

        await host.ChangeAsync<Account>(account.Id, (a, at) =>
        {
            a.UpdateProfile(TestRecords.Profile("Acme", website: "https://acme.example"), at);
        });

        Assert.Empty(await ChangesOfAsync(host, account.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_NewAggregate_RecordsNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);

        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));

        Assert.Empty(await ChangesOfAsync(host, account.Id));
    }

    private static async Task<List<FieldChange>> ChangesOfAsync(CrmTestHost host, Guid entityId)
    {
        await using var db = await host.OpenAsync();

        return await db.FieldChanges.Where(c => c.EntityId == entityId).OrderBy(c => c.Field)
            .ToListAsync(TestContext.Current.CancellationToken);
    }
}
