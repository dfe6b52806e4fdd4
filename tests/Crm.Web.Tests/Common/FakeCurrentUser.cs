using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Teams;

namespace Crm.Web.Tests.Common;

/// <summary>A signed-in sales rep unless a test signs in someone else.</summary>
public sealed class FakeCurrentUser : ICurrentUser
{
    public Actor Actor { get; set; } =
        new(Guid.Parse("0195a000-0000-7000-8000-000000000001"), new HashSet<string> { Roles.SalesRep });

    public Task<Actor> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Actor);
}

/// <summary>Every user works in Shanghai time and reads Chinese.</summary>
public sealed class FakeUserProfileService : IUserProfileService
{
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken = default) =>
        Task.FromResult<UserProfile?>(new UserProfile(
            userId, "王芳", "wang@test.crm", "zh-CN", TimeZone, Guid.Empty, "东区销售", true));

    public Task ChangeLanguageAsync(Guid userId, string language, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
