using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;

namespace Crm.Web.Tests.Admin;

/// <summary>In-memory users and teams; <see cref="NextError"/> makes the next change throw.</summary>
internal sealed class FakeUserAdminService : IUserAdminService
{
    public List<AdminUserRow> Users { get; } = [];

    public List<AdminTeamRow> Teams { get; } = [];

    public Exception? NextError { get; set; }

    public HandOverResult HandOverResult { get; set; } = new(0, 0);

    public List<UserInvitation> Invitations { get; } = [];

    public static AdminUserRow User(
        string name, Guid teamId, string teamName, bool active = true, params string[] roles) =>
        new(Guid.NewGuid(), 1, name, $"{name.ToLowerInvariant().Replace(' ', '.')}@crm.test", teamId, teamName,
            roles.Length == 0 ? [Roles.SalesRep] : roles, Availability.Available, 30, "East", "Asia/Shanghai", "en-US",
            active, InvitationPending: false);

    public Task<IReadOnlyList<AdminUserRow>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AdminUserRow>>(Users);

    public Task<AdminUserRow> GetUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Users.Single(u => u.Id == userId));

    public Task<IReadOnlyList<AdminTeamRow>> ListTeamsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AdminTeamRow>>(Teams);

    public Task<Guid> CreateTeamAsync(TeamInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(Guid.NewGuid());

    public Task UpdateTeamAsync(
        Guid teamId, int expectedVersion, TeamInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(true);

    public Task<InvitationResult> InviteAsync(UserInvitation invitation, CancellationToken cancellationToken = default)
    {
        Invitations.Add(invitation);

        return ChangeAsync(new InvitationResult(Guid.NewGuid(), MailSent: true));
    }

    public Task ResendInvitationAsync(Guid userId, CancellationToken cancellationToken = default) => ChangeAsync(true);

    public Task UpdateUserAsync(
        Guid userId, int expectedVersion, UserChanges changes, CancellationToken cancellationToken = default) =>
        ChangeAsync(true);

    public Task DeactivateAsync(Guid userId, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(true);

    public Task ReactivateAsync(Guid userId, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(true);

    public Task<HandOverResult> HandOverAsync(
        Guid fromUserId, Guid toUserId, CancellationToken cancellationToken = default) =>
        ChangeAsync(HandOverResult);

    private Task<T> ChangeAsync<T>(T result)
    {
        var error = NextError;
        NextError = null;

        return error is null ? Task.FromResult(result) : Task.FromException<T>(error);
    }
}
