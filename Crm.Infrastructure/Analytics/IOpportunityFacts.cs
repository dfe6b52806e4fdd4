using Crm.Domain.Analytics;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The in-memory fact table of every opportunity that is not deleted (nor its account), built
/// from the database on first use and kept current from committed events: an event re-reads
/// the one opportunity it names, a rate or stage change re-converts what it touches. No reader
/// queries the database; dashboards scan the rows on demand under any filter.
/// </summary>
public interface IOpportunityFacts
{
    /// <summary>The newest table; the first call loads it, every later call returns it without a query.</summary>
    ValueTask<FactTable<OpportunityFact>> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="onChanged"/>, on a background thread, after every newer table is
    /// published; it must only schedule work, never block. Dispose the result to stop.
    /// </summary>
    IDisposable Subscribe(Action onChanged);
}
