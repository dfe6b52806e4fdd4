using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// Leads as the signed-in user may see and work them (see <see cref="LeadAccess"/>): a lead
/// outside the user's visibility is reported as <see cref="NotFoundException"/>; changing a lead
/// the user may only read raises <see cref="ForbiddenException"/>. Changes take the version the
/// user loaded and raise <see cref="ConcurrencyConflictException"/> when someone saved in between;
/// a broken rule raises <see cref="DomainException"/> naming the field. Nothing is saved then.
/// </summary>
public interface ILeadService
{
    /// <summary>One page of visible leads; filters, sort and paging run in the database (page size 1..200).</summary>
    Task<Page<LeadRow>> SearchAsync(LeadQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The lead with its owner or queue, the assignment note, conversion links and, when it had
    /// look-alikes on arrival, those that existed before it arrived and still do.
    /// </summary>
    Task<LeadView> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Enters a lead from the app. In the same transaction the assignment rules route it (an
    /// owner, a team's queue, or unassigned when no rule and no default queue place it) and the
    /// new owner or the queue's manager is notified. Returns where it went, which may be outside
    /// what the caller sees. Sales roles, admins and marketing enter leads.
    /// </summary>
    Task<NewLead> CreateAsync(LeadInput input, CancellationToken cancellationToken = default);

    Task UpdateAsync(Guid id, int expectedVersion, LeadInput input, CancellationToken cancellationToken = default);

    /// <summary>The owner starts on a new lead; a lead still in a queue is taken first ("Owner.required").</summary>
    Task StartWorkingAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Disqualifies the lead; <see cref="DisqualificationReason.Other"/> requires a note.</summary>
    Task DisqualifyAsync(
        Guid id, int expectedVersion, DisqualificationReason reason, string? note,
        CancellationToken cancellationToken = default);

    /// <summary>Brings a disqualified lead back to working.</summary>
    Task ReopenAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands the lead to another owner (or takes it from a queue) by hand. The new owner must be
    /// one of <see cref="LeadChoices.AssignableOwners"/> ("Owner.invalid" otherwise). The change of
    /// owner is kept in the field history with who made it, the note says it was reassigned, and
    /// the new owner is notified (not when they took it themselves), all in one save.
    /// </summary>
    Task ReassignAsync(Guid id, int expectedVersion, Guid newOwnerId, CancellationToken cancellationToken = default);

    /// <summary>The caller's rights, filter choices and reassignment candidates, names in pinyin order.</summary>
    Task<LeadChoices> ChoicesAsync(CancellationToken cancellationToken = default);
}
