using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Live;

/// <summary>
/// Two hosts on one database play two processes: what one saves reaches the other's live bus
/// through the outbox; nobody hears their own events twice.
/// </summary>
public sealed class OutboxRelayTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RelayOnceAsync_EventSavedByAnotherProcess_ReachesThisBus(DatabaseProvider provider)
    {
        await using var processA = await databases.StartHostAsync(provider);
        await using var processB = await databases.StartHostAsync(provider);
        await processA.Relay.StartAtEndAsync(Token);
        var account = await processB.SaveNewAsync(TestRecords.Account(processB.Now));

        await processA.Relay.RelayOnceAsync(Token);

        var expected = new AccountCreated(account.Id, 1, processB.Now, account.OwnerId, account.Name);
        Assert.Equal([expected], processA.Bus.PublishedFor(account.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RelayOnceAsync_OwnEvent_IsNotPublishedAgain(DatabaseProvider provider)
    {
        await using var processA = await databases.StartHostAsync(provider);
        await processA.Relay.StartAtEndAsync(Token);
        var account = await processA.SaveNewAsync(TestRecords.Account(processA.Now));

        var relayed = await processA.Relay.RelayOnceAsync(Token);

        Assert.Equal(0, relayed);
        Assert.Single(processA.Bus.PublishedFor(account.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RelayOnceAsync_EventsBeforeStart_AreNotReplayed(DatabaseProvider provider)
    {
        await using var processA = await databases.StartHostAsync(provider);
        await using var processB = await databases.StartHostAsync(provider);
        var before = await processB.SaveNewAsync(TestRecords.Account(processB.Now));
        await processA.Relay.StartAtEndAsync(Token);

        await processA.Relay.RelayOnceAsync(Token);

        Assert.Empty(processA.Bus.PublishedFor(before.Id));
    }

    [Fact]
    public async Task RelayOnceAsync_LowerIdCommittedAfterHigherId_IsStillDelivered()
    {
        // Only PostgreSQL lets two writers hold ids at once; SQLite serializes whole transactions.
        await using var processA = await databases.StartHostAsync(DatabaseProvider.PostgreSql);
        await using var processB = await databases.StartHostAsync(DatabaseProvider.PostgreSql);
        await processA.Relay.StartAtEndAsync(Token);
        var early = TestRecords.Account(processB.Now, "Early");
        await using var slow = await processB.OpenAsync();
        await using var transaction = await slow.Database.BeginTransactionAsync(Token);
        slow.Add(early);
        await slow.SaveChangesAsync(Token);
        var late = await processB.SaveNewAsync(TestRecords.Account(processB.Now, "Late"));
        await processA.Relay.RelayOnceAsync(Token);

        await transaction.CommitAsync(Token);
        await processA.Relay.RelayOnceAsync(Token);

        Assert.Equal([late.Id, early.Id], processA.Bus.Published.Select(e => e.AggregateId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RelayOnceAsync_RelayedEvent_ReachesSubscriber(DatabaseProvider provider)
    {
        await using var processA = await databases.StartHostAsync(provider);
        await using var processB = await databases.StartHostAsync(provider);
        await processA.Relay.StartAtEndAsync(Token);
        var account = TestRecords.Account(processB.Now);
        var delivered = new TaskCompletionSource<IDomainEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = processA.Bus.Subscribe((e, _) =>
        {
            delivered.TrySetResult(e);
            return ValueTask.CompletedTask;
        });
        await processB.SaveNewAsync(account);

        await processA.Relay.RelayOnceAsync(Token);

        var received = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.Equal(account.Id, received.AggregateId);
    }
}
