using Crm.Infrastructure.Tickets.Sla;

namespace Crm.Web.Tests.Tickets.Sla;

/// <summary>Countdowns in memory: tickets without an entry have no SLA.</summary>
public sealed class FakeTicketSlaCountdowns : ITicketSlaCountdowns
{
    public Dictionary<Guid, TicketCountdowns> Countdowns { get; } = [];

    public Task<IReadOnlyDictionary<Guid, TicketCountdowns>> ForAsync(
        IReadOnlyCollection<Guid> ticketIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<Guid, TicketCountdowns>>(
            Countdowns.Where(c => ticketIds.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value));
}
