using System.Collections.Concurrent;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Displays.Boards.Sales;

/// <summary>An opportunity's name and its account's, as the feed shows them.</summary>
internal sealed record OpportunityName(Guid Id, string Name, Guid AccountId, string AccountName);

/// <summary>
/// The names of the opportunities the sales feeds show, kept between builds: the facts carry no
/// names, and a rebuild reads only those it has not met (a dozen at most), never the opportunities
/// it already names. A renamed opportunity or account is forgotten and read again on next use.
/// </summary>
internal sealed class OpportunityNames
{
    private const int Limit = 5_000;

    private readonly ConcurrentDictionary<Guid, OpportunityName> _names = new();
    private long _generation;

    /// <summary>The names of <paramref name="ids"/>; a deleted opportunity has none.</summary>
    public async Task<IReadOnlyDictionary<Guid, OpportunityName>> ReadAsync(
        CrmDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var missing = wanted.Where(id => !_names.ContainsKey(id)).ToList();
        var known = wanted.Select(id => _names.GetValueOrDefault(id)).OfType<OpportunityName>().ToList();
        if (missing.Count == 0)
        {
            return known.ToDictionary(n => n.Id);
        }

        var generation = Interlocked.Read(ref _generation);
        var read = await (
            from o in db.Opportunities.AsNoTracking()
            join a in db.Accounts.AsNoTracking() on o.AccountId equals a.Id
            where missing.Contains(o.Id)
            select new OpportunityName(o.Id, o.Name, a.Id, a.Name)).ToListAsync(cancellationToken);
        Keep(read, generation);

        return known.Concat(read).DistinctBy(n => n.Id).ToDictionary(n => n.Id);
    }

    public void ForgetOpportunity(Guid id)
    {
        Interlocked.Increment(ref _generation);
        _names.TryRemove(id, out _);
    }

    public void ForgetAccount(Guid accountId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var name in _names.Values.Where(n => n.AccountId == accountId))
        {
            _names.TryRemove(name.Id, out _);
        }
    }

    // A name read while a rename was being forgotten may be the old one: it is used once, not kept.
    private void Keep(List<OpportunityName> read, long generation)
    {
        if (Interlocked.Read(ref _generation) != generation)
        {
            return;
        }

        if (_names.Count + read.Count > Limit)
        {
            _names.Clear();
        }

        foreach (var name in read)
        {
            _names[name.Id] = name;
        }
    }
}
