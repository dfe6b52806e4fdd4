using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Forecasting;

internal sealed record ForecastPerson(Guid Id, Guid TeamId, string Name, bool IsActive);

internal sealed record ForecastTeam(Guid Id, string Name, TeamKind Kind, Guid? ManagerId);

/// <summary>
/// Who reads the forecast and whose figures they see: a sales rep their own, a sales manager
/// the owners their opportunity visibility covers, an admin everyone. Carries the people and
/// teams of the organisation (a few hundred rows) to name the lines.
/// </summary>
internal sealed class ForecastAudience
{
    private ForecastAudience(
        Actor actor, OpportunityAccess access, List<ForecastPerson> people, List<ForecastTeam> teams)
    {
        Actor = actor;
        Access = access;
        People = people.ToDictionary(p => p.Id);
        Teams = teams.ToDictionary(t => t.Id);
        ManagedTeams = IsManager
            ? teams.Where(t => t.ManagerId == actor.UserId).Select(t => t.Id).ToHashSet()
            : [];
    }

    public Actor Actor { get; }

    public OpportunityAccess Access { get; }

    public Dictionary<Guid, ForecastPerson> People { get; }

    public Dictionary<Guid, ForecastTeam> Teams { get; }

    public HashSet<Guid> ManagedTeams { get; }

    public bool IsManager => Actor.IsAdmin || Actor.IsInRole(Roles.SalesManager);

    public static async Task<ForecastAudience> ForAsync(
        Actor actor, CrmDbContext db, IOpportunityVisibility visibility, CancellationToken cancellationToken)
    {
        if (!actor.IsInAnyRole(Roles.Admin, Roles.SalesManager, Roles.SalesRep))
        {
            throw new ForbiddenException("Only sales roles and admins see the forecast.");
        }

        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var people = await db.CrmUsers.AsNoTracking()
            .Select(u => new ForecastPerson(u.Id, u.TeamId, u.DisplayName, u.IsActive))
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking()
            .Select(t => new ForecastTeam(t.Id, t.Name, t.Kind, t.ManagerId))
            .ToListAsync(cancellationToken);

        return new ForecastAudience(actor, access, people, teams);
    }

    /// <summary>Whether the figures of this owner are the reader's to see.</summary>
    public bool Sees(Guid ownerId) => IsManager ? Access.CanSee(ownerId) : ownerId == Actor.UserId;

    /// <summary>Teams whose line the reader sees with its own adjustment: managed ones, or all for admins.</summary>
    public bool SeesTeamAdjustment(Guid teamId) => Actor.IsAdmin || ManagedTeams.Contains(teamId);

    /// <summary>
    /// The active sellers the reader sees, with their team: each gets a line even without
    /// opportunities in the period. People who manage a team and sellers outside sales teams
    /// get one only when they own opportunities of the period.
    /// </summary>
    public Dictionary<Guid, Guid?> Reps()
    {
        var managers = Teams.Values.Select(t => t.ManagerId).OfType<Guid>().ToHashSet();

        return People.Values
            .Where(p => p.IsActive && Sees(p.Id) && !managers.Contains(p.Id)
                && Teams.GetValueOrDefault(p.TeamId)?.Kind == TeamKind.Sales)
            .ToDictionary(p => p.Id, p => (Guid?)p.TeamId);
    }

    public ForecastPermissions Permissions()
    {
        if (Actor.IsAdmin)
        {
            return new ForecastPermissions(true, new HashSet<Guid>(), new HashSet<Guid>(), true);
        }

        var reps = People.Values.Where(p => ManagedTeams.Contains(p.TeamId)).Select(p => p.Id).ToHashSet();

        return new ForecastPermissions(false, ManagedTeams, reps, IsManager);
    }
}
