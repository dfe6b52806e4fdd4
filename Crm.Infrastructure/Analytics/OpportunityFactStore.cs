using Crm.Domain.Analytics;
using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Live;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The opportunity fact table of the process (one per server), loaded on first use and kept
/// current from the live bus. Per batch of events: each opportunity named is read again (one
/// older than the fact held is ignored without a read; one whose last event is its deletion
/// leaves without a read), an account's or pipeline's change reads that account's or pipeline's
/// opportunities again, a rate change reloads the rates and converts every row again, and a
/// user moved to another team carries their opportunities' team along without a read.
/// </summary>
internal sealed class OpportunityFactStore : FactStore<OpportunityFact>, IOpportunityFacts
{
    private readonly FactIndex<OpportunityFact> _facts = new(f => f.Id);
    private readonly OpportunityFactReader _reader;
    private AnalyticsSettings? _settings;
    private IReadOnlyList<RatePoint> _rates = [];

    public OpportunityFactStore(
        ILiveBus bus, OpportunityFactReader reader, TimeProvider clock, ILogger<OpportunityFactStore> logger)
        : base(bus, clock, logger)
    {
        _reader = reader;
    }

    protected override string Name => "opportunities";

    protected override TimeZoneInfo Zone =>
        _settings?.Zone ?? throw new InvalidOperationException("The opportunity facts are not loaded yet.");

    protected override bool Concerns(IDomainEvent domainEvent) => domainEvent is OpportunityCreated
        or OpportunityChanged or OpportunityStageChanged or OpportunityClosed or OpportunityOwnerChanged
        or OpportunityDeleted or AccountChanged or AccountDeleted or ExchangeRateSet or PipelineChanged
        or UserMovedToTeam;

    protected override async Task<FactTable<OpportunityFact>> LoadAsync(CancellationToken cancellationToken)
    {
        _settings = await _reader.SettingsAsync(cancellationToken);
        _rates = await _reader.RatesAsync(_settings.BaseCurrency, cancellationToken);
        var converter = Converter(Today());
        _facts.Reset(await _reader.AllAsync(converter, cancellationToken));

        return Table(converter);
    }

    protected override async Task<FactTable<OpportunityFact>?> ApplyAsync(
        FactTable<OpportunityFact> current, IReadOnlyList<IDomainEvent> batch, CancellationToken cancellationToken)
    {
        var work = OpportunityFactBatch.Of(batch, _facts, Logger);
        if (work.IsEmpty)
        {
            return null;
        }

        var converter = work.RatesChanged
            ? await ConvertAgainAsync(current.Today, cancellationToken)
            : Converter(current.Today);
        // Team moves first: a read of the same opportunity in this batch is newer and wins.
        var (read, gone) = await ReadAgainAsync(work, converter, cancellationToken);
        _facts.Apply([.. work.TeamMoves(_facts), .. read], gone);

        return Table(converter);
    }

    protected override FactTable<OpportunityFact> OnNewDay(FactTable<OpportunityFact> current, DateOnly today)
    {
        var converter = Converter(today);
        // Closed amounts keep their close day's rate; only open ones move with the day.
        _facts.Map(f => f.IsOpen ? OpportunityFactRow.Converted(f, converter) : f);

        return Table(converter);
    }

    // A rate was set or removed: every row, open or closed, may convert differently now.
    private async Task<CurrencyConverter> ConvertAgainAsync(DateOnly today, CancellationToken cancellationToken)
    {
        _rates = await _reader.RatesAsync(_settings!.BaseCurrency, cancellationToken);
        AnalyticsLog.RatesReloaded(Logger, Name, _rates.Count);
        var converter = Converter(today);
        _facts.Map(f => OpportunityFactRow.Converted(f, converter));

        return converter;
    }

    // What the batch reads again, and what leaves: the deleted, and whatever was asked for and not found.
    private async Task<(List<OpportunityFact> Read, HashSet<Guid> Gone)> ReadAgainAsync(
        OpportunityFactBatch work, CurrencyConverter converter, CancellationToken cancellationToken)
    {
        if (!work.NeedsRead)
        {
            return ([], work.Deleted);
        }

        var read = await _reader.SomeAsync(work.Ids, work.AccountIds, work.PipelineIds, converter, cancellationToken);
        var found = read.Select(f => f.Id).ToHashSet();
        var held = work.AccountIds.Count + work.PipelineIds.Count == 0
            ? []
            : _facts.Where(f => work.AccountIds.Contains(f.AccountId) || work.PipelineIds.Contains(f.PipelineId))
                .Select(f => f.Id);
        var gone = work.Deleted.Concat(work.Ids).Concat(held).Where(id => !found.Contains(id)).ToHashSet();

        return (read, gone);
    }

    private CurrencyConverter Converter(DateOnly today) => new(_settings!.BaseCurrency, today, _rates);

    private FactTable<OpportunityFact> Table(CurrencyConverter converter)
    {
        var rows = _facts.Rows;
        var missing = rows.Where(f => f.AmountBase is null).Select(f => f.Currency).Distinct().Order().ToList();

        return new FactTable<OpportunityFact>(0, rows, converter.BaseCurrency, converter.Today, missing);
    }
}
