using Crm.Domain.Teams;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// The acting user of a test host: an admin (so visibility never hides a record) whose id a
/// test switches to see who audit stamps and field history record. <see cref="SignIn"/> acts as
/// someone else with other roles.
/// </summary>
public sealed class TestActor : IActor, ICurrentUser
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public IReadOnlySet<string> Roles { get; set; } = new HashSet<string> { Domain.Teams.Roles.Admin };

    Guid? IActor.UserId => Id;

    public void SignIn(Guid id, params string[] roles)
    {
        Id = id;
        Roles = roles.ToHashSet(StringComparer.Ordinal);
    }

    public Task<Actor> GetAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new Actor(Id, Roles));
}
