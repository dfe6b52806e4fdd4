using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

/// <summary>Whether reps and teams may carry a target: active users in sales teams, sales teams.</summary>
internal static class SubjectStates
{
    public static async Task<IReadOnlyDictionary<TargetSubject, TargetSubjectState>> LoadAsync(
        CrmDbContext db, IReadOnlyCollection<TargetSubject> subjects, CancellationToken cancellationToken)
    {
        var userIds = subjects.Where(s => s.Kind == TargetSubjectKind.Rep).Select(s => s.Id).ToList();
        var users = await db.CrmUsers.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.IsActive, u.TeamId }).ToListAsync(cancellationToken);
        var teamIds = subjects.Where(s => s.Kind == TargetSubjectKind.Team).Select(s => s.Id)
            .Concat(users.Select(u => u.TeamId)).Distinct().ToList();
        var teamKinds = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Kind, cancellationToken);

        var states = new Dictionary<TargetSubject, TargetSubjectState>();
        foreach (var subject in subjects.Distinct())
        {
            states[subject] = subject.Kind == TargetSubjectKind.Team
                ? TeamState(teamKinds, subject.Id)
                : users.SingleOrDefault(u => u.Id == subject.Id) is not { } user ? TargetSubjectState.Missing
                : !user.IsActive ? TargetSubjectState.Inactive
                : TeamState(teamKinds, user.TeamId);
        }

        return states;
    }

    public static async Task<TargetSubjectState> OfAsync(
        CrmDbContext db, TargetSubject subject, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [subject], cancellationToken))[subject];

    private static TargetSubjectState TeamState(IReadOnlyDictionary<Guid, TeamKind> kinds, Guid teamId) =>
        !kinds.TryGetValue(teamId, out var kind) ? TargetSubjectState.Missing
        : kind == TeamKind.Sales ? TargetSubjectState.Active
        : TargetSubjectState.NotSales;
}
