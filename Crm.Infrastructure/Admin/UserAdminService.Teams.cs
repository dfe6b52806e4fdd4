using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Admin;

internal sealed partial class UserAdminService
{
    public async Task<IReadOnlyList<AdminTeamRow>> ListTeamsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var teams = await db.Teams.AsNoTracking()
            .Select(t => new AdminTeamRow(
                t.Id, t.Version, t.Name, t.Kind, t.Region, t.ManagerId,
                db.CrmUsers.Where(u => u.Id == t.ManagerId).Select(u => u.DisplayName).FirstOrDefault(),
                db.CrmUsers.Count(u => u.TeamId == t.Id && u.IsActive)))
            .ToListAsync(cancellationToken);

        return teams.OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Guid> CreateTeamAsync(TeamInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var team = new Team(Guid.CreateVersion7(), input.Name, EnsureKind(input.Kind), input.Region);
        await EnsureNameFreeAsync(db, team.Id, team.Name, cancellationToken);
        await AppointAsync(db, team, input.ManagerId, Now, cancellationToken);
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);

        return team.Id;
    }

    public async Task UpdateTeamAsync(
        Guid teamId, int expectedVersion, TeamInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken)
            ?? throw new NotFoundException("Team", teamId);
        db.Entry(team).Property(t => t.Version).OriginalValue = expectedVersion;
        team.Rename(input.Name);
        team.ChangeRegion(input.Region);
        await EnsureNameFreeAsync(db, team.Id, team.Name, cancellationToken);
        await AppointAsync(db, team, input.ManagerId, Now, cancellationToken);
        await SaveCheckedAsync(db, "Team", teamId, cancellationToken);
    }

    private static TeamKind EnsureKind(TeamKind kind) =>
        Enum.IsDefined(kind) ? kind : throw new DomainException("Kind.invalid", "Unknown team kind.", "Kind");

    private static async Task EnsureNameFreeAsync(
        CrmDbContext db, Guid teamId, string name, CancellationToken cancellationToken)
    {
        if (await db.Teams.AnyAsync(t => t.Id != teamId && t.Name == name, cancellationToken))
        {
            throw new DomainException("Name.taken", "Another team already has this name.", "Name");
        }
    }

    private static async Task AppointAsync(
        CrmDbContext db, Team team, Guid? managerId, DateTime at, CancellationToken cancellationToken)
    {
        if (managerId is not { } id || id == team.ManagerId)
        {
            return;
        }

        if (!await db.CrmUsers.AnyAsync(u => u.Id == id && u.IsActive, cancellationToken))
        {
            throw new DomainException("Manager.not-found", "The manager must be an active user.", "Manager");
        }

        team.ChangeManager(id, at);
    }

    private static async Task SaveCheckedAsync(
        CrmDbContext db, string recordType, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(recordType, id);
        }
    }
}
