using Crm.Domain.Teams;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// The acting user of a test host: an admin (so visibility never hides a record) whose id a
/// test switches to see who audit stamps and field history record, and whose roles a test
/// switches to see what other people see.
/// </summary>
public sealed class TestActor : IActor, ICurrentUser
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public IReadOnlyCollection<string> RoleNames { get; set; } = [Roles.Admin];

    Guid? IActor.UserId => Id;

    /// <summary>Acts as <paramref name="userId"/> with <paramref name="roles"/> from now on.</summary>
    public void SignIn(Guid userId, params string[] roles) => (Id, RoleNames) = (userId, roles);

    public Task<Actor> GetAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new Actor(Id, RoleNames.ToHashSet(StringComparer.Ordinal)));
}
