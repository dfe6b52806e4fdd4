using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// Qualifies a lead: turns it into an account (new, or one that exists), a contact (new, or one
/// of that account's) and, if asked, an opportunity, as the signed-in user. Lead visibility and
/// rights apply as on the lead page: an invisible lead is <see cref="NotFoundException"/>, a lead
/// the user may only read <see cref="ForbiddenException"/>.
/// </summary>
public interface ILeadConversionService
{
    /// <summary>
    /// What the conversion dialog offers for the lead (see <see cref="ConversionOptions"/>). Only
    /// accounts the caller sees are offered; at most five, matching on more first.
    /// </summary>
    Task<ConversionOptions> OptionsAsync(Guid leadId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Converts the lead as loaded at <paramref name="expectedVersion"/>, in one transaction: the
    /// account and contact are created or attached, the opportunity (if any) is created in its
    /// pipeline's first open stage, owned by the lead's owner, with the new contact as its
    /// primary contact and the lead as its source, and the lead becomes qualified with links to
    /// all of them. Either everything is saved or nothing is. Throws
    /// <see cref="ConcurrencyConflictException"/> when the lead changed meanwhile and
    /// <see cref="DomainException"/> naming the field for bad input: "Owner.required" (the lead
    /// waits in a queue), "Account.not-found", "Contact.not-found" (not the account's),
    /// "Status.from-…" (already qualified or disqualified), a name, amount, currency or date
    /// the new records refuse, "Pipeline.not-found". New records the caller may not create
    /// (a new contact on an account they only read, an opportunity by a role that works none)
    /// are <see cref="ForbiddenException"/>.
    /// </summary>
    Task<ConversionResult> ConvertAsync(
        Guid leadId, int expectedVersion, LeadConversionInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// The leads converted into <paramref name="accountId"/> that the caller may see, newest first;
    /// empty for an account they cannot see.
    /// </summary>
    Task<IReadOnlyList<SourceLead>> ConvertedIntoAsync(Guid accountId, CancellationToken cancellationToken = default);
}
