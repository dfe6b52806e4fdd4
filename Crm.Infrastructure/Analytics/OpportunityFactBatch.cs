using Crm.Domain.Analytics;
using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// What one batch of events asks of the opportunity table, worked out before any read: which
/// opportunities, accounts and pipelines to read again, which opportunities leave without a
/// read, whether the rates changed and which owners moved team. Later events of an opportunity
/// decide over earlier ones of the same batch.
/// </summary>
internal sealed class OpportunityFactBatch
{
    private readonly Dictionary<Guid, Guid> _teams = [];

    public HashSet<Guid> Ids { get; } = [];

    public HashSet<Guid> AccountIds { get; } = [];

    public HashSet<Guid> PipelineIds { get; } = [];

    public HashSet<Guid> Deleted { get; } = [];

    public bool RatesChanged { get; private set; }

    public bool NeedsRead => Ids.Count + AccountIds.Count + PipelineIds.Count > 0;

    public bool IsEmpty => !NeedsRead && Deleted.Count == 0 && _teams.Count == 0 && !RatesChanged;

    public static OpportunityFactBatch Of(
        IReadOnlyList<IDomainEvent> batch, FactIndex<OpportunityFact> facts, ILogger logger)
    {
        var work = new OpportunityFactBatch();
        foreach (var domainEvent in batch)
        {
            work.Add(domainEvent, facts, logger);
        }

        return work;
    }

    /// <summary>The facts of owners who moved team, with their new team.</summary>
    public IEnumerable<OpportunityFact> TeamMoves(FactIndex<OpportunityFact> facts) =>
        _teams.Count == 0
            ? []
            : facts.Where(f => _teams.ContainsKey(f.OwnerId)).Select(f => f with { TeamId = _teams[f.OwnerId] });

    private void Add(IDomainEvent domainEvent, FactIndex<OpportunityFact> facts, ILogger logger)
    {
        switch (domainEvent)
        {
            case AccountChanged or AccountDeleted:
                AccountIds.Add(domainEvent.AggregateId);
                break;
            case PipelineChanged:
                PipelineIds.Add(domainEvent.AggregateId);
                break;
            case ExchangeRateSet:
                RatesChanged = true;
                break;
            case UserMovedToTeam moved:
                _teams[moved.AggregateId] = moved.TeamId;
                break;
            default:
                AddOpportunity(domainEvent, facts, logger);
                break;
        }
    }

    private void AddOpportunity(IDomainEvent domainEvent, FactIndex<OpportunityFact> facts, ILogger logger)
    {
        var id = domainEvent.AggregateId;
        if (facts.Find(id) is { } held && domainEvent.Version <= held.Version)
        {
            AnalyticsLog.Stale(
                logger, "opportunities", domainEvent.GetType().Name, id, domainEvent.Version, held.Version);
            return;
        }

        var (add, drop) = domainEvent is OpportunityDeleted ? (Deleted, Ids) : (Ids, Deleted);
        add.Add(id);
        drop.Remove(id);
    }
}
