using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>The signed-in user of a test; switch actors with <see cref="SignIn"/>.</summary>
public sealed class TestCurrentUser : ICurrentUser, IActor
{
    private Actor? _actor;

    public Guid? UserId => _actor?.UserId;

    public void SignIn(Guid userId, params string[] roles) =>
        _actor = new Actor(userId, roles.ToHashSet(StringComparer.Ordinal));

    public Task<Actor> GetAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_actor ?? throw new NotSignedInException());
}
