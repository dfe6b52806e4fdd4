using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Sla;

/// <summary>
/// SLA policies, one per cell of the priority × account-tier grid (tier null: every tier
/// without its own policy). Anyone signed in reads them; only admins change them
/// (<see cref="ForbiddenException"/> otherwise). Changes are checked against the version the
/// form loaded (<see cref="ConcurrencyConflictException"/> when stale).
/// </summary>
public interface ISlaPolicyService
{
    /// <summary>Every policy, most urgent priority first, the any-tier policy before the tiers.</summary>
    Task<IReadOnlyList<PolicyView>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets up the policy of an empty cell. Throws <see cref="DomainException"/> naming the
    /// field: "Tier.taken" when the cell has a policy already, FirstResponseMinutes or
    /// ResolutionMinutes out of range, AtRiskPercent out of 0..99, CalendarId for an unknown calendar.
    /// </summary>
    Task<PolicyView> CreateAsync(
        SlaPriority priority, AccountTier? tier, PolicyInput input, CancellationToken cancellationToken = default);

    /// <summary>Changes a policy's targets or calendar, with the same checks as <see cref="CreateAsync"/>.</summary>
    Task<PolicyView> UpdateAsync(
        Guid id, int expectedVersion, PolicyInput input, CancellationToken cancellationToken = default);

    /// <summary>Empties the cell; tickets of that priority and tier fall back to the any-tier policy.</summary>
    Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);
}
