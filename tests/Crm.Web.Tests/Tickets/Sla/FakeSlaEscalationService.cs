using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Sla;

namespace Crm.Web.Tests.Tickets.Sla;

/// <summary>Escalation rules in memory, version-checked like the real service.</summary>
public sealed class FakeSlaEscalationService : ISlaEscalationService
{
    public static readonly NamedRef SecondLine = new(Guid.CreateVersion7(), "二线支持");

    public Dictionary<(TicketPriority, SlaEscalationTrigger), SlaEscalationView> Saved { get; } = [];

    public Task<IReadOnlyList<SlaEscalationView>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SlaEscalationView>>(
        [
            .. Enum.GetValues<TicketPriority>().Reverse().SelectMany(p => Enum.GetValues<SlaEscalationTrigger>()
                .Select(t => Saved.GetValueOrDefault((p, t))
                    ?? new SlaEscalationView(p, t, 0, SlaEscalationActions.Nothing, null))),
        ]);

    public Task<IReadOnlyList<NamedRef>> QueuesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<NamedRef>>([SecondLine]);

    public Task<SlaEscalationView> SaveAsync(
        TicketPriority priority, SlaEscalationTrigger trigger, int expectedVersion, SlaEscalationActions actions,
        CancellationToken cancellationToken = default)
    {
        var version = Saved.GetValueOrDefault((priority, trigger))?.Version ?? 0;
        if (version != expectedVersion)
        {
            throw new ConcurrencyConflictException("SlaEscalationRule", Guid.Empty);
        }

        var view = new SlaEscalationView(priority, trigger, version + 1, actions,
            actions.MoveToQueueId == SecondLine.Id ? SecondLine.Name : null);
        Saved[(priority, trigger)] = view;

        return Task.FromResult(view);
    }
}
