using Crm.Domain.Common;
using Crm.Domain.Leads;

namespace Crm.Infrastructure.Leads;

/// <summary>Leads posted to the public web-to-lead form, by visitors who are not signed in.</summary>
public interface IWebLeadIntake
{
    /// <summary>
    /// Stores a lead from the web form (source <see cref="LeadSource.WebForm"/>, received now) and
    /// returns its id; the assignment rules route it and its owner or the queue's manager is
    /// notified in the same transaction. The scope must have no signed-in user: its audit stamps
    /// name nobody, which screens show as "the web form". Throws <see cref="DomainException"/> for
    /// the first invalid field (check <see cref="LeadProfile.Problems"/> first to report all);
    /// nothing is stored then.
    /// </summary>
    Task<Guid> SubmitAsync(LeadProfile profile, CancellationToken cancellationToken = default);
}
