using Crm.Infrastructure.Common;
using Crm.Infrastructure.Visibility;

namespace Crm.Web.Live;

/// <summary>
/// What a viewer sees of one record kind: all of it, or the records owned by anyone in
/// <see cref="TeamIds"/> and by <see cref="OwnerId"/> themselves. <see cref="Nothing"/> for none.
/// </summary>
internal sealed record LiveScope(bool SeesAll, IReadOnlyList<Guid> TeamIds, Guid? OwnerId)
{
    public static readonly LiveScope All = new(true, [], null);

    public static readonly LiveScope Nothing = new(false, [], null);
}

/// <summary>
/// A hub connection's user and what they may see of each record kind, decided on the server when
/// they connect. The rules are those of the pages: <see cref="ICustomerVisibility"/> for
/// accounts, <see cref="IOpportunityVisibility"/> for opportunities (admins all, sales reps and
/// managers their own team and the teams they manage, everyone else none), <see cref="LeadAccess"/>
/// for leads (admins and marketing all, sales reps and managers those their teams own or queue,
/// support none).
/// </summary>
internal sealed record LiveViewer(Guid UserId, LiveScope Opportunities, LiveScope Accounts, LiveScope Leads)
{
    public static LiveViewer For(Actor actor, Guid ownTeamId, IReadOnlyList<Guid> managedTeamIds)
    {
        var teams = new LiveScope(false, [ownTeamId, .. managedTeamIds.Where(t => t != ownTeamId)], actor.UserId);
        var opportunities = actor.IsAdmin ? LiveScope.All
            : OpportunityAccess.WorksOpportunities(actor) ? teams
            : LiveScope.Nothing;
        var accounts = CustomerAccess.SeesAllCustomers(actor) ? LiveScope.All : teams;
        var leads = LeadAccess.SeesAllLeads(actor) ? LiveScope.All
            : LeadAccess.SeesTeamLeads(actor) ? teams
            : LiveScope.Nothing;

        return new LiveViewer(actor.UserId, opportunities, accounts, leads);
    }

    public LiveScope ScopeOf(LiveRecordKind kind) => kind switch
    {
        LiveRecordKind.Opportunities => Opportunities,
        LiveRecordKind.Accounts => Accounts,
        LiveRecordKind.Leads => Leads,
        _ => LiveScope.Nothing,
    };
}
