using Crm.Domain.Analytics;
using Crm.Domain.Common;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Live;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The ticket fact table of the process, loaded on first use and kept current from the live
/// bus: per batch, every ticket an event names is read again (an event older than the fact held
/// is ignored without a read; a ticket the read no longer finds leaves). A change of an SLA
/// policy or calendar changes what durations are measured on, so the table is read again whole:
/// such changes are rare, and the tickets' own clock events follow them anyway.
/// </summary>
internal sealed class TicketFactStore : FactStore<TicketFact>, ITicketFacts
{
    private readonly FactIndex<TicketFact> _facts = new(f => f.Id);
    private readonly TicketFactReader _reader;
    private TicketCalendars? _calendars;

    public TicketFactStore(ILiveBus bus, TicketFactReader reader, TimeProvider clock, ILogger<TicketFactStore> logger)
        : base(bus, clock, logger)
    {
        _reader = reader;
    }

    protected override string Name => "tickets";

    protected override TimeZoneInfo Zone =>
        _calendars?.Settings.Zone ?? throw new InvalidOperationException("The ticket facts are not loaded yet.");

    protected override bool Concerns(IDomainEvent domainEvent) => domainEvent is TicketCreated or TicketChanged
        or TicketStatusChanged or TicketAssigned or TicketMovedToQueue or TicketMessageAdded or TicketRated
        or TicketSlaChanged or TicketSlaEscalated or SlaPolicyChanged or BusinessCalendarChanged;

    protected override async Task<FactTable<TicketFact>> LoadAsync(CancellationToken cancellationToken)
    {
        _calendars = await _reader.CalendarsAsync(cancellationToken);
        _facts.Reset(await _reader.AllAsync(_calendars, cancellationToken));

        return Table(Today());
    }

    protected override async Task<FactTable<TicketFact>?> ApplyAsync(
        FactTable<TicketFact> current, IReadOnlyList<IDomainEvent> batch, CancellationToken cancellationToken)
    {
        if (batch.Any(e => e is SlaPolicyChanged or BusinessCalendarChanged))
        {
            AnalyticsLog.CalendarsChanged(Logger, Name);
            var reloaded = await LoadAsync(cancellationToken);

            return reloaded with { Today = current.Today };
        }

        var ids = batch.Where(IsNewer).Select(e => e.AggregateId).ToHashSet();
        if (ids.Count == 0)
        {
            return null;
        }

        var read = await _reader.SomeAsync(ids, _calendars!, cancellationToken);
        var found = read.Select(f => f.Id).ToHashSet();
        _facts.Apply(read, ids.Where(id => !found.Contains(id)));

        return Table(current.Today);
    }

    protected override FactTable<TicketFact> OnNewDay(FactTable<TicketFact> current, DateOnly today) =>
        current with { Today = today };

    private bool IsNewer(IDomainEvent domainEvent)
    {
        if (_facts.Find(domainEvent.AggregateId) is not { } held || domainEvent.Version > held.Version)
        {
            return true;
        }

        AnalyticsLog.Stale(
            Logger, Name, domainEvent.GetType().Name, domainEvent.AggregateId, domainEvent.Version, held.Version);

        return false;
    }

    private FactTable<TicketFact> Table(DateOnly today) =>
        new(0, _facts.Rows, _calendars!.Settings.BaseCurrency, today, []);
}
