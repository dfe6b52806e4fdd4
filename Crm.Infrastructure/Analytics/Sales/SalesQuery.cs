using Crm.Domain.Customers;
using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Analytics.Sales;

/// <summary>
/// What the sales dashboard shows: a fiscal period (by key, or the current one of
/// <see cref="Kind"/>), a pipeline (the first one when none is chosen) and optional narrowing.
/// </summary>
public sealed record SalesQuery
{
    public string? PeriodKey { get; init; }

    public PeriodKind Kind { get; init; } = PeriodKind.Quarter;

    public Guid? PipelineId { get; init; }

    public Guid? TeamId { get; init; }

    public Guid? OwnerId { get; init; }

    public string? Region { get; init; }

    public Industry? Industry { get; init; }
}
