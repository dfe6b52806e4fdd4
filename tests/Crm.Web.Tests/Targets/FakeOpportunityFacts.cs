using Crm.Domain.Analytics;
using Crm.Infrastructure.Analytics;

namespace Crm.Web.Tests.Targets;

/// <summary>A fact table that publishes when a test says so: <see cref="Publish"/> calls every subscriber.</summary>
public sealed class FakeOpportunityFacts : IOpportunityFacts
{
    private readonly List<Action> _subscribers = [];

    public ValueTask<FactTable<OpportunityFact>> CurrentAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new FactTable<OpportunityFact>(1, [], "CNY", FakeTargetService.Today, []));

    public IDisposable Subscribe(Action onChanged)
    {
        lock (_subscribers)
        {
            _subscribers.Add(onChanged);
        }

        return new Subscription(() =>
        {
            lock (_subscribers)
            {
                _subscribers.Remove(onChanged);
            }
        });
    }

    public void Publish()
    {
        Action[] subscribers;
        lock (_subscribers)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber();
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
