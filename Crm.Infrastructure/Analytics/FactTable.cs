using System.Collections.Immutable;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// One published state of an in-memory fact table: every row, immutable, and the facts the rows
/// were converted with. A newer table has a higher <see cref="Sequence"/>; a reader holding a
/// table keeps a consistent view however many events arrive meanwhile. Rows are not narrowed to
/// any user: readers apply their user's visibility (<see cref="Visibility.OpportunityAccess"/>,
/// <see cref="Visibility.TicketAccess"/>) before computing a figure.
/// </summary>
public sealed record FactTable<TFact>(
    long Sequence,
    ImmutableArray<TFact> Rows,
    string BaseCurrency,
    DateOnly Today,
    IReadOnlyCollection<string> MissingRateCurrencies);
