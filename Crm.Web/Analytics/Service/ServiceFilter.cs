using Crm.Domain.Forecasting;
using Crm.Domain.Tickets;
using Crm.Web.Periods;

namespace Crm.Web.Analytics.Service;

/// <summary>
/// The service dashboard's period and narrowing as the page and its address hold them
/// (<c>?kind=quarter&amp;period=FY2026-Q4&amp;queue=…&amp;agent=…&amp;channel=Email&amp;priority=High</c>).
/// Months are the default: support leads look at this month.
/// </summary>
public sealed record ServiceFilter
{
    public PeriodKind Kind { get; init; } = PeriodKind.Month;

    public string? PeriodKey { get; init; }

    public Guid? QueueId { get; init; }

    public Guid? AssigneeId { get; init; }

    public TicketChannel? Channel { get; init; }

    public TicketPriority? Priority { get; init; }

    public bool IsEmpty => QueueId is null && AssigneeId is null && Channel is null && Priority is null;

    /// <summary>Reads the address's values; anything that does not parse is left out, never an error.</summary>
    public static ServiceFilter Parse(
        string? kind, string? period, string? queue, string? agent, string? channel, string? priority) => new()
    {
        Kind = string.Equals(kind, "quarter", StringComparison.OrdinalIgnoreCase)
            ? PeriodKind.Quarter
            : PeriodKind.Month,
        PeriodKey = string.IsNullOrWhiteSpace(period) ? null : period.Trim(),
        QueueId = Guid.TryParse(queue, out var q) ? q : null,
        AssigneeId = Guid.TryParse(agent, out var a) ? a : null,
        Channel = Enum.TryParse<TicketChannel>(channel, true, out var c) && Enum.IsDefined(c) ? c : null,
        Priority = Enum.TryParse<TicketPriority>(priority, true, out var p) && Enum.IsDefined(p) ? p : null,
    };

    /// <summary>Another period picked, the narrowing kept.</summary>
    public ServiceFilter WithPeriod(FiscalPeriod period, DateOnly? today) =>
        this with { Kind = period.Kind, PeriodKey = PeriodAddress.KeyOf(period, today) };

    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["kind"] = Kind == PeriodKind.Quarter ? "quarter" : null,
        ["period"] = PeriodKey,
        ["queue"] = QueueId?.ToString(),
        ["agent"] = AssigneeId?.ToString(),
        ["channel"] = Channel?.ToString(),
        ["priority"] = Priority?.ToString(),
    };
}
