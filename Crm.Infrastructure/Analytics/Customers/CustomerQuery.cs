using Crm.Domain.Customers;
using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Analytics.Customers;

/// <summary>
/// What the customer dashboard shows: figures as of the end of a fiscal period (today while it
/// runs), narrowed to the accounts of a region or industry and to the opportunities of a team or rep.
/// </summary>
public sealed record CustomerQuery
{
    public string? PeriodKey { get; init; }

    public PeriodKind Kind { get; init; } = PeriodKind.Quarter;

    public Guid? TeamId { get; init; }

    public Guid? OwnerId { get; init; }

    public string? Region { get; init; }

    public Industry? Industry { get; init; }
}
