using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// Finds leads, contacts and accounts that look like lead-form values: the same email, the same
/// phone (a contact's phone or mobile) or the same company (a lead's company, an account's name),
/// compared in their <see cref="Domain.Leads.MatchKeys"/> forms through indexed columns.
/// </summary>
public interface IDuplicateFinder
{
    /// <summary>
    /// Matching records for the signed-in user: accounts first, then contacts, then leads, each
    /// newest first, at most five of each. Matches outside the user's visibility come without id,
    /// name or creator (see <see cref="DuplicateMatch"/>). Values with nothing to compare return an
    /// empty list without a query. Throws <see cref="ForbiddenException"/> for users who neither
    /// enter nor work leads.
    /// </summary>
    Task<IReadOnlyList<DuplicateMatch>> FindAsync(DuplicateProbe probe, CancellationToken cancellationToken = default);
}
