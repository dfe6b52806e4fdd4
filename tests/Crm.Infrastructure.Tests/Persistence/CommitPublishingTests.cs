using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Persistence;

/// <summary>
/// A saved change's events go to the outbox in the same transaction and to the live bus only
/// once that transaction has committed.
/// </summary>
public sealed class CommitPublishingTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_NewAccount_WritesItsEventToTheOutbox(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);

        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));

        var row = Assert.Single(await OutboxRowsAsync(host, account.Id));
        var producer = host.Get<OutboxProducer>().InstanceId;
        Assert.Equal((nameof(AccountCreated), 1, producer), (row.Type, row.AggregateVersion, row.ProducerId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_NoExplicitTransaction_DeliversEventToSubscriber(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = TestRecords.Account(host.Now);
        var delivered = new TaskCompletionSource<IDomainEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = host.Bus.Subscribe((e, _) =>
        {
            if (e.AggregateId == account.Id)
            {
                delivered.TrySetResult(e);
            }

            return ValueTask.CompletedTask;
        });

        await host.SaveNewAsync(account);

        var received = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.IsType<AccountCreated>(received);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CommitAsync_SaveInsideTransaction_PublishesOnCommitNotOnSave(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = TestRecords.Account(host.Now);
        await using var db = await host.OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(Token);
        db.Add(account);
        await db.SaveChangesAsync(Token);

        var beforeCommit = host.Bus.PublishedFor(account.Id).Count;
        await transaction.CommitAsync(Token);

        Assert.Equal(0, beforeCommit);
        Assert.IsType<AccountCreated>(Assert.Single(host.Bus.PublishedFor(account.Id)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RollbackAsync_SaveInsideTransaction_PublishesNothingAndLeavesNoOutboxRow(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = TestRecords.Account(host.Now);
        await using (var db = await host.OpenAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Token);
            db.Add(account);
            await db.SaveChangesAsync(Token);

            await transaction.RollbackAsync(Token);
        }

        Assert.Empty(host.Bus.PublishedFor(account.Id));
        Assert.Empty(await OutboxRowsAsync(host, account.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_ConcurrencyFailure_PublishesNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now));
        await using var db = await host.OpenAsync();
        var stale = await db.Accounts.SingleAsync(a => a.Id == account.Id, Token);
        await host.ChangeAsync<Account>(account.Id, (a, at) => a.UpdateProfile(TestRecords.Profile("Acme 2"), at));
        stale.UpdateProfile(TestRecords.Profile("Acme Stale"), host.Now);

        await Record.ExceptionAsync(() => db.SaveChangesAsync(Token));

        Assert.Equal([1, 2], host.Bus.PublishedFor(account.Id).Select(e => e.Version));
        Assert.Equal(2, (await OutboxRowsAsync(host, account.Id)).Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CommitAsync_AfterAConcurrencyFailureInTheTransaction_PublishesOnlyTheSavedChange(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var existing = await host.SaveNewAsync(TestRecords.Account(host.Now, "Existing"));
        var added = TestRecords.Account(host.Now, "Added");
        var mark = host.Bus.Published.Count;
        await using var db = await host.OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(Token);
        db.Add(added);
        await db.SaveChangesAsync(Token);
        var stale = await db.Accounts.SingleAsync(a => a.Id == existing.Id, Token);
        stale.UpdateProfile(TestRecords.Profile("Existing Stale"), host.Now);
        db.Entry(stale).Property(a => a.Version).OriginalValue = 0;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(Token));

        await transaction.CommitAsync(Token);

        Assert.Equal([(nameof(AccountCreated), added.Id)], PublishedSince(host, mark));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CommitAsync_AfterADatabaseErrorInTheTransaction_PublishesOnlyTheSavedChange(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var added = TestRecords.Account(host.Now, "Added");
        var mark = host.Bus.Published.Count;
        await using var db = await host.OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(Token);
        db.Add(added);
        await db.SaveChangesAsync(Token);
        db.Add(TestRecords.Activity(accountId: Guid.CreateVersion7(), host.Now, host.Now));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Token));

        await transaction.CommitAsync(Token);

        Assert.Equal([(nameof(AccountCreated), added.Id)], PublishedSince(host, mark));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_SavedUpdate_EventCarriesTheSavedVersion(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var accounts = host.Get<IAccountService>();
        var id = await accounts.CreateAsync(new AccountInput(TestRecords.Profile("Acme"), [], null, null), Token);

        await accounts.UpdateAsync(id, 1, new AccountInput(TestRecords.Profile("Acme 2"), [], null, null), Token);

        Assert.Equal([1, 2], host.Bus.PublishedFor(id).Select(e => e.Version));
        Assert.Equal(2, (await host.ReloadAsync<Account>(id)).Version);
    }

    private static IEnumerable<(string, Guid)> PublishedSince(CrmTestHost host, int mark) =>
        host.Bus.Published.Skip(mark).Select(e => (e.GetType().Name, e.AggregateId));

    private static async Task<List<OutboxMessage>> OutboxRowsAsync(CrmTestHost host, Guid aggregateId)
    {
        await using var db = await host.OpenAsync();

        return await db.Outbox.Where(o => o.AggregateId == aggregateId).OrderBy(o => o.Id).ToListAsync(Token);
    }
}
