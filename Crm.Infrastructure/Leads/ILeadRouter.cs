using Crm.Domain.Leads;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// Decides where a lead goes the moment it arrives. Called once per new lead, before its first
/// save, on the context and inside the transaction that saves it, so anything the router writes
/// (a round-robin position, a capacity count) commits or rolls back with the lead.
/// </summary>
public interface ILeadRouter
{
    /// <summary>
    /// Calls <see cref="Lead.AssignTo"/> or <see cref="Lead.SendToQueue"/> on the new, unsaved
    /// lead, with a note saying why. Leaving the lead with neither an owner nor a queue is an error.
    /// </summary>
    Task RouteAsync(CrmDbContext db, Lead lead, CancellationToken cancellationToken);
}
