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
/// managers their own team and the teams they manage, everyone else none).
/// </summary>
internal sealed record LiveViewer(Guid UserId, LiveScope Opportunities, LiveScope Accounts)
{
    public static LiveViewer For(Actor actor, Guid ownTeamId, IReadOnlyList<Guid> managedTeamIds)
    {
        var teams = new LiveScope(false, [ownTeamId, .. managedTeamIds.Where(t => t != ownTeamId)], actor.UserId);
        var opportunities = actor.IsAdmin ? LiveScope.All
            : OpportunityAccess.WorksOpportunities(actor) ? teams
            : LiveScope.Nothing;
        var accounts = CustomerAccess.SeesAllCustomers(actor) ? LiveScope.All : teams;

        return new LiveViewer(actor.UserId, opportunities, accounts);
    }

    public LiveScope ScopeOf(LiveRecordKind kind) => kind switch
    {
        LiveRecordKind.Opportunities => Opportunities,
        LiveRecordKind.Accounts => Accounts,
        _ => LiveScope.Nothing,
    };
}
