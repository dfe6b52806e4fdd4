using System.Collections.Concurrent;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Activities;

public sealed class ActivityLiveTests : TimelineServiceTests
{
    private IActivityService Activities => Host.Get<IActivityService>();

    [Fact]
    public async Task LogAsync_Committed_SubscriberReceivesActivityLoggedForTheAccount()
    {
        var received = new TaskCompletionSource<ActivityLogged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Host.Get<ILiveBus>().Subscribe((e, _) =>
        {
            if (e is ActivityLogged logged)
            {
                received.TrySetResult(logged);
            }

            return ValueTask.CompletedTask;
        });

        var entry = ActivityServiceTests.Entry("Call", Host.Now);
        var item = await Activities.LogAsync(World.EastAccount, null, entry, TestContext.Current.CancellationToken);
        var logged = await received.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(item.Id, logged.AggregateId);
        Assert.Equal(World.EastAccount, logged.AccountId);
    }

    [Fact]
    public async Task LogAsync_Committed_EventIsPublishedOnlyOnceTheRowIsCommitted()
    {
        var entry = ActivityServiceTests.Entry("Call", Host.Now);

        await Activities.LogAsync(World.EastAccount, null, entry, TestContext.Current.CancellationToken);

        var probe = Host.Get<CommitProbe>();

        Assert.Equal([true], probe.RowCommittedAtPublish.Values);
    }

    [Fact]
    public async Task LogAsync_Rejected_PublishesNothing()
    {
        var future = ActivityServiceTests.Entry("Call", Host.Now.AddHours(2));

        await Assert.ThrowsAsync<DomainException>(
            () => Activities.LogAsync(World.EastAccount, null, future, TestContext.Current.CancellationToken));

        Assert.Empty(Host.Get<CommitProbe>().RowCommittedAtPublish);
    }

    protected override void Configure(IServiceCollection services)
    {
        services.AddSingleton<CommitProbe>();
        services.AddSingleton<LiveBus>();
        services.AddSingleton<ILiveBus>(sp => new ProbingBus(sp.GetRequiredService<LiveBus>(), sp));
    }

    /// <summary>Whether each published activity could be read from another connection at that moment.</summary>
    public sealed class CommitProbe
    {
        public ConcurrentDictionary<Guid, bool> RowCommittedAtPublish { get; } = new();
    }

    // Checks, synchronously inside Publish and on a separate connection, that the row is already committed.
    private sealed class ProbingBus(LiveBus inner, IServiceProvider services) : ILiveBus
    {
        public void Publish(IReadOnlyList<IDomainEvent> events)
        {
            using var scope = services.CreateScope();
            var probe = services.GetRequiredService<CommitProbe>();
            var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>();
            using var db = contexts.CreateDbContext();
            foreach (var logged in events.OfType<ActivityLogged>())
            {
                probe.RowCommittedAtPublish[logged.AggregateId] = db.Activities.Any(a => a.Id == logged.AggregateId);
            }

            inner.Publish(events);
        }

        public IDisposable Subscribe(Func<IDomainEvent, CancellationToken, ValueTask> handler) =>
            inner.Subscribe(handler);
    }
}
