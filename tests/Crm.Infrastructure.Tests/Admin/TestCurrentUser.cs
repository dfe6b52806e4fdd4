using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tests.Admin;

/// <summary>The signed-in user of a test; switch it with <see cref="SignIn"/>.</summary>
internal sealed class TestCurrentUser : ICurrentUser
{
    private Actor? _actor;

    public void SignIn(Guid userId, params string[] roles) => _actor = new Actor(userId, roles.ToHashSet());

    public Task<Actor> GetAsync(CancellationToken cancellationToken = default) =>
        _actor is null ? throw new NotSignedInException() : Task.FromResult(_actor);
}
