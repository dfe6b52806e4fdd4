using System.Collections.Immutable;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The rows of a fact table with the position of each id, so a batch of changes replaces,
/// adds and removes rows without searching. Owned by one store and changed only under its gate;
/// <see cref="Rows"/> is an immutable array handed to readers as it is. Rows have no order:
/// a removed row's place is taken by the last one.
/// </summary>
internal sealed class FactIndex<TFact>(Func<TFact, Guid> idOf)
    where TFact : class
{
    private readonly Dictionary<Guid, int> _positions = [];

    public ImmutableArray<TFact> Rows { get; private set; } = [];

    public TFact? Find(Guid id) => _positions.TryGetValue(id, out var position) ? Rows[position] : null;

    /// <summary>Every row whose key matches; a full scan, for the rare events that name no row.</summary>
    public IEnumerable<TFact> Where(Func<TFact, bool> predicate) => Rows.Where(predicate);

    public void Reset(IEnumerable<TFact> rows)
    {
        _positions.Clear();
        Rows = [.. rows];
        for (var i = 0; i < Rows.Length; i++)
        {
            _positions[idOf(Rows[i])] = i;
        }
    }

    /// <summary>Replaces or adds <paramref name="upserted"/>, then drops <paramref name="removed"/>.</summary>
    public void Apply(IEnumerable<TFact> upserted, IEnumerable<Guid> removed)
    {
        var builder = Rows.ToBuilder();
        foreach (var fact in upserted)
        {
            var id = idOf(fact);
            if (_positions.TryGetValue(id, out var position))
            {
                builder[position] = fact;
                continue;
            }

            _positions[id] = builder.Count;
            builder.Add(fact);
        }

        foreach (var id in removed)
        {
            Remove(builder, id);
        }

        Rows = builder.DrainToImmutable();
    }

    /// <summary>Replaces every row by <paramref name="change"/> of it; ids must not change.</summary>
    public void Map(Func<TFact, TFact> change) => Rows = [.. Rows.Select(change)];

    private void Remove(ImmutableArray<TFact>.Builder builder, Guid id)
    {
        if (!_positions.Remove(id, out var position))
        {
            return;
        }

        var last = builder.Count - 1;
        if (position != last)
        {
            builder[position] = builder[last];
            _positions[idOf(builder[position])] = position;
        }

        builder.RemoveAt(last);
    }
}
