namespace Crm.Infrastructure.Live;

/// <summary>
/// How far the relay has read the outbox. Ids are handed out when a row is inserted but
/// become visible when its transaction commits, so a lower id can appear after a higher
/// one; skipped ids stay open (and are asked for again) for a grace period.
/// </summary>
internal sealed class OutboxCursor(TimeProvider clock)
{
    private static readonly TimeSpan GapGrace = TimeSpan.FromSeconds(30);

    private readonly Dictionary<long, DateTimeOffset> _gaps = [];

    public long Position { get; private set; }

    public long[] OpenGaps => [.. _gaps.Keys];

    public void StartAfter(long id) => Position = id;

    public void Advance(IEnumerable<long> seenIds)
    {
        var seen = seenIds.ToHashSet();
        foreach (var id in seen)
        {
            _gaps.Remove(id);
        }

        var highest = seen.Count == 0 ? Position : Math.Max(Position, seen.Max());
        for (var id = Position + 1; id < highest; id++)
        {
            if (!seen.Contains(id))
            {
                _gaps[id] = clock.GetUtcNow();
            }
        }

        Position = highest;
        ExpireOldGaps();
    }

    private void ExpireOldGaps()
    {
        var now = clock.GetUtcNow();
        foreach (var id in _gaps.Where(g => now - g.Value > GapGrace).Select(g => g.Key).ToList())
        {
            _gaps.Remove(id);
        }
    }
}
