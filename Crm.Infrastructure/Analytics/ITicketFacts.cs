using Crm.Domain.Analytics;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The in-memory fact table of every ticket, built from the database on first use and kept
/// current from committed ticket, SLA and satisfaction events (an event re-reads the one ticket
/// it names). The service dashboards scan it on demand; medians and percentiles come from it.
/// </summary>
public interface ITicketFacts
{
    /// <summary>The newest table; the first call loads it, every later call returns it without a query.</summary>
    ValueTask<FactTable<TicketFact>> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="onChanged"/>, on a background thread, after every newer table is
    /// published; it must only schedule work, never block. Dispose the result to stop.
    /// </summary>
    IDisposable Subscribe(Action onChanged);
}
