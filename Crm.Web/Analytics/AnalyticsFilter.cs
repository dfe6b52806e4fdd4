using Crm.Domain.Customers;
using Crm.Domain.Forecasting;
using Crm.Web.Periods;

namespace Crm.Web.Analytics;

/// <summary>
/// A dashboard's period and narrowing as the page and its address hold them
/// (<c>?kind=month&amp;period=2026-12&amp;team=…&amp;rep=…&amp;region=…&amp;industry=…</c>).
/// </summary>
public sealed record AnalyticsFilter
{
    public static readonly AnalyticsFilter None = new();

    public PeriodKind Kind { get; init; } = PeriodKind.Quarter;

    /// <summary>The period's key; null for the current period of <see cref="Kind"/>.</summary>
    public string? PeriodKey { get; init; }

    public Guid? PipelineId { get; init; }

    public Guid? TeamId { get; init; }

    public Guid? OwnerId { get; init; }

    public string? Region { get; init; }

    public Industry? Industry { get; init; }

    /// <summary>No narrowing beyond the period and pipeline.</summary>
    public bool IsEmpty => TeamId is null && OwnerId is null && Region is null && Industry is null;

    /// <summary>Reads the address's values; anything that does not parse is left out, never an error.</summary>
    public static AnalyticsFilter Parse(
        string? kind, string? period, string? pipeline, string? team, string? rep, string? region, string? industry) =>
        new()
        {
            Kind = string.Equals(kind, "month", StringComparison.OrdinalIgnoreCase)
                ? PeriodKind.Month
                : PeriodKind.Quarter,
            PeriodKey = string.IsNullOrWhiteSpace(period) ? null : period.Trim(),
            PipelineId = Guid.TryParse(pipeline, out var p) ? p : null,
            TeamId = Guid.TryParse(team, out var t) ? t : null,
            OwnerId = Guid.TryParse(rep, out var r) ? r : null,
            Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim(),
            Industry = Enum.TryParse<Industry>(industry, ignoreCase: true, out var i) && Enum.IsDefined(i) ? i : null,
        };

    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["kind"] = Kind == PeriodKind.Month ? "month" : null,
        ["period"] = PeriodKey,
        ["pipeline"] = PipelineId?.ToString(),
        ["team"] = TeamId?.ToString(),
        ["rep"] = OwnerId?.ToString(),
        ["region"] = Region,
        ["industry"] = Industry?.ToString(),
    };

    /// <summary>Another period picked, the narrowing kept.</summary>
    public AnalyticsFilter WithPeriod(FiscalPeriod period, DateOnly? today) =>
        this with { Kind = period.Kind, PeriodKey = PeriodAddress.KeyOf(period, today) };
}
