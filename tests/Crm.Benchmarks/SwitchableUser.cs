using Crm.Infrastructure.Common;

namespace Crm.Benchmarks;

/// <summary>The signed-in user of the benchmark: whichever persona is being measured.</summary>
internal sealed class SwitchableUser : ICurrentUser, IActor
{
    public Actor? Current { get; set; }

    Guid? IActor.UserId => Current?.UserId;

    public Task<Actor> GetAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Current ?? throw new NotSignedInException());
}
