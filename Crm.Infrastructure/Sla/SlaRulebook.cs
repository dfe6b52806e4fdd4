using Crm.Domain.Customers;
using Crm.Domain.Sla;

namespace Crm.Infrastructure.Sla;

/// <summary>An immutable snapshot of every SLA policy with its calendar, safe to share between threads.</summary>
public sealed class SlaRulebook
{
    private readonly Dictionary<(SlaPriority, AccountTier?), SlaAssignment> _byCell;

    internal SlaRulebook(IEnumerable<SlaAssignment> assignments)
    {
        _byCell = assignments.ToDictionary(a => (a.Policy.Priority, a.Policy.Tier));
    }

    /// <summary>All assignments, most urgent priority first.</summary>
    public IReadOnlyList<SlaAssignment> Assignments =>
        [.. _byCell.Values.OrderByDescending(a => a.Policy.Priority).ThenBy(a => a.Policy.Tier ?? 0)];

    /// <summary>The tier's policy, else the any-tier policy of the priority, else null.</summary>
    public SlaAssignment? Resolve(SlaPriority priority, AccountTier? tier)
    {
        if (tier is not null && _byCell.TryGetValue((priority, tier), out var own))
        {
            return own;
        }

        return _byCell.GetValueOrDefault((priority, null));
    }
}
