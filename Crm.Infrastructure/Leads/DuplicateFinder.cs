using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

internal sealed class DuplicateFinder(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ILeadVisibility leadVisibility,
    ICustomerVisibility customerVisibility)
    : IDuplicateFinder
{
    public const int PerKind = 5;

    public async Task<IReadOnlyList<DuplicateMatch>> FindAsync(
        DuplicateProbe probe, CancellationToken cancellationToken = default)
    {
        var keys = DuplicateKeys.Of(probe.Email, probe.Phone, probe.Company);
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await leadVisibility.AccessForAsync(actor, db, cancellationToken);
        if (!access.CanCreate && !access.CanEdit)
        {
            throw new ForbiddenException("Only people who enter or work leads check them for duplicates.");
        }

        if (keys.IsEmpty)
        {
            return [];
        }

        var candidates = await DuplicateQueries.FindAsync(
            db, keys, probe.ExceptLeadId, null, PerKind, cancellationToken);
        var customers = await customerVisibility.AccessForAsync(actor, db, cancellationToken);

        return Present(candidates, access.Scope, customers.Scope);
    }

    /// <summary>Turns candidates into matches, stripping those the caller may not open to what they matched.</summary>
    internal static IReadOnlyList<DuplicateMatch> Present(
        IReadOnlyList<DuplicateCandidate> candidates, LeadScope leads, VisibilityScope customers) =>
    [
        .. candidates.Select(c => CanOpen(c, leads, customers)
            ? new DuplicateMatch(c.Kind, c.Id, c.Name, c.Detail, c.MatchedOn, CreatorOf(c), c.CreatedAt)
            : new DuplicateMatch(c.Kind, null, null, null, c.MatchedOn, null, c.CreatedAt)),
    ];

    private static bool CanOpen(DuplicateCandidate candidate, LeadScope leads, VisibilityScope customers) =>
        candidate.Kind == DuplicateKind.Lead
            ? leads.Covers(candidate.OwnerId, candidate.QueueTeamId)
            : candidate.OwnerId is { } owner && customers.Covers(owner);

    private static RecordCreator CreatorOf(DuplicateCandidate candidate) => candidate switch
    {
        { CreatedById: not null } => new RecordCreator(CreatorKind.User, candidate.CreatedByName ?? ""),
        { ByWebForm: true } => new RecordCreator(CreatorKind.WebForm, null),
        _ => new RecordCreator(CreatorKind.System, null),
    };
}
