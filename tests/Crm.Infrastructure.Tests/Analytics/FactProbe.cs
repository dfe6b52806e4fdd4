using Crm.Domain.Analytics;
using Crm.Infrastructure.Analytics;

namespace Crm.Infrastructure.Tests.Analytics;

/// <summary>
/// A subscriber of a fact table that waits until the table shows something: each change
/// notice wakes the check, nothing sleeps. Subscribed before the first read, as readers do.
/// </summary>
internal sealed class FactProbe<TFact> : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _changed = new(0);
    private readonly Func<CancellationToken, ValueTask<FactTable<TFact>>> _current;
    private readonly IDisposable _subscription;

    public FactProbe(Func<CancellationToken, ValueTask<FactTable<TFact>>> current, Func<Action, IDisposable> subscribe)
    {
        _current = current;
        _subscription = subscribe(() => _changed.Release());
    }

    public ValueTask<FactTable<TFact>> CurrentAsync() => _current(TestContext.Current.CancellationToken);

    /// <summary>Waits until the newest table satisfies <paramref name="condition"/>.</summary>
    public async Task<FactTable<TFact>> UntilAsync(Func<FactTable<TFact>, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        var table = await CurrentAsync();
        while (!condition(table))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _changed.WaitAsync(left, TestContext.Current.CancellationToken))
            {
                throw new TimeoutException("The fact table never reached the expected state.");
            }

            table = await CurrentAsync();
        }

        return table;
    }

    public void Dispose() => _subscription.Dispose();
}

internal static class FactProbe
{
    public static FactProbe<OpportunityFact> Of(IOpportunityFacts facts) => new(facts.CurrentAsync, facts.Subscribe);

    public static FactProbe<TicketFact> Of(ITicketFacts facts) => new(facts.CurrentAsync, facts.Subscribe);
}
