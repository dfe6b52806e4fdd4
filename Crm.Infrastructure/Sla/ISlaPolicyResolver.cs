using Crm.Domain.Customers;
using Crm.Domain.Sla;

namespace Crm.Infrastructure.Sla;

/// <summary>
/// Which policy and calendar a ticket's SLA clocks use. Needs nobody signed in, so deadline
/// watchers and jobs call it too. The rule, as docs/sla.md states it: the policy of the
/// ticket's priority and its account's tier; failing that, the priority's policy for any tier;
/// failing that, no SLA (null). The calendar is the policy's own, or the default calendar when
/// it names none.
/// </summary>
public interface ISlaPolicyResolver
{
    /// <summary>The assignment for one ticket; null when no policy covers the priority.</summary>
    Task<SlaAssignment?> ResolveAsync(
        SlaPriority priority, AccountTier? tier, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every policy and calendar in one read, for computing many tickets at once; the rulebook
    /// answers with the same rule as <see cref="ResolveAsync"/> and never changes after loading.
    /// </summary>
    Task<SlaRulebook> LoadAsync(CancellationToken cancellationToken = default);
}
