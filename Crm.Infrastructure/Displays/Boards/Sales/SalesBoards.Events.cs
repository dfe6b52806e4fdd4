using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Targets;
using Crm.Domain.Teams;

namespace Crm.Infrastructure.Displays.Boards.Sales;

internal sealed partial class SalesBoards
{
    // The bus handler only routes: building happens on each board's own schedule, never here.
    private ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        switch (domainEvent)
        {
            case OpportunityChanged changed:
                _names.ForgetOpportunity(changed.AggregateId);
                Opportunity(changed, changed.PipelineId, changed.OwnerId);
                break;
            case OpportunityCreated created:
                Opportunity(created, created.PipelineId, created.OwnerId, moment: true);
                break;
            case OpportunityStageChanged moved:
                Opportunity(moved, moved.PipelineId, moved.OwnerId, moment: true);
                break;
            case OpportunityClosed closed:
                Opportunity(closed, closed.PipelineId, closed.OwnerId);
                break;
            case OpportunityOwnerChanged owner:
                Opportunity(owner, owner.PipelineId, owner.OwnerId, owner.PreviousOwnerId);
                break;
            case OpportunityDeleted deleted:
                Opportunity(deleted, deleted.PipelineId, deleted.OwnerId);
                break;
            case AccountChanged account:
                _names.ForgetAccount(account.AggregateId);
                Held().ForEach(s => s.FollowTables());
                break;
            case AccountDeleted or ExchangeRateSet or PipelineChanged or UserMovedToTeam:
                Held().ForEach(s => s.FollowTables());
                break;
            case ActivityLogged or UserActivated or UserDeactivated:
                Held().ForEach(s => s.Schedule(SalesBoardState.Coalesce));
                break;
            case TargetChanged { Measure: TargetMeasure.WonAmount } target:
                Held().Where(s => s.Last is null || s.Last.Board.Period.Key == target.PeriodKey).ToList()
                    .ForEach(s => s.Schedule(SalesBoardState.Coalesce));
                break;
        }

        return ValueTask.CompletedTask;
    }

    private void Opportunity(
        IDomainEvent domainEvent, Guid pipelineId, Guid ownerId, Guid? previousOwnerId = null,
        bool moment = false)
    {
        var id = domainEvent.AggregateId;
        var key = moment ? MomentKey.Of(id, domainEvent.OccurredAt) : (MomentKey?)null;
        var concerned = Held().Where(s => s.Scope.PipelineId is null || s.Scope.PipelineId == pipelineId);
        foreach (var state in concerned)
        {
            // A board still on its first build may or may not hold the change: it waits for it.
            if (state.Last is not { } last)
            {
                state.Await(id, domainEvent.Version, domainEvent is OpportunityDeleted, key);
                continue;
            }

            var held = last.Held.TryGetValue(id, out var version);
            var owned = last.RepIds.Contains(ownerId)
                || (previousOwnerId is { } previous && last.RepIds.Contains(previous));
            if (!held && !owned)
            {
                continue;
            }

            if (held && domainEvent.Version <= version)
            {
                SalesBoardsLog.Stale(_logger, domainEvent.GetType().Name, id, domainEvent.Version, version);
                continue;
            }

            state.Await(id, domainEvent.Version, domainEvent is OpportunityDeleted, key);
        }
    }
}
