using Crm.Domain.Teams;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// The acting user of a test host: an admin (so visibility never hides a record) whose id a
/// test switches to see who audit stamps and field history record.
/// </summary>
public sealed class TestActor : IActor, ICurrentUser
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    Guid? IActor.UserId => Id;

    public Task<Actor> GetAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new Actor(Id, new HashSet<string> { Roles.Admin }));
}
