using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// The stand-in until the assignment engine routes leads: a lead a sales rep or manager enters is
/// theirs; every other lead (entered by admins or marketing, or posted to the web form) waits in
/// the queue of the organization's first sales team (the earliest created, then by name). The
/// note says which of the two happened and why.
/// </summary>
internal sealed class CreatorLeadRouter(IActor actor, ICurrentUser currentUser, TimeProvider clock) : ILeadRouter
{
    public async Task RouteAsync(CrmDbContext db, Lead lead, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (actor.UserId is not null && await EnteredBySalesAsync(cancellationToken))
        {
            lead.AssignTo(actor.UserId.Value, AssignmentNote.Without(AssignmentNote.EnteredByOwner), now);
            return;
        }

        var teamId = await FirstSalesTeamAsync(db, cancellationToken)
            ?? throw new DomainException("Lead.no-sales-team", "There is no sales team to receive the lead.");
        var reason = actor.UserId is null && lead.Source == LeadSource.WebForm
            ? AssignmentNote.ArrivedByWebForm
            : AssignmentNote.EnteredOutsideSales;
        lead.SendToQueue(teamId, AssignmentNote.Without(reason), now);
    }

    private async Task<bool> EnteredBySalesAsync(CancellationToken cancellationToken)
    {
        var creator = await currentUser.GetAsync(cancellationToken);

        return creator.IsInAnyRole(Roles.SalesRep, Roles.SalesManager);
    }

    private static Task<Guid?> FirstSalesTeamAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        db.Teams.Where(t => t.Kind == TeamKind.Sales)
            .OrderBy(t => EF.Property<DateTime>(t, AuditStamps.CreatedAt))
            .ThenBy(t => t.Name)
            .Select(t => (Guid?)t.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
