using Crm.Domain.Common;
using Crm.Domain.Teams;

namespace Crm.Domain.Tests.Teams;

public sealed class UserTests
{
    private static readonly DateTime At = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Deactivate_ActiveUser_RecordsUserDeactivated()
    {
        var user = NewUser();

        user.Deactivate(At);

        Assert.False(user.IsActive);
        Assert.IsType<UserDeactivated>(Assert.Single(user.DomainEvents));
    }

    [Fact]
    public void New_UnknownTimeZone_ThrowsNamingTheField()
    {
        var error = Assert.Throws<DomainException>(() =>
            new User(Guid.NewGuid(), "王芳", "wang.fang@demo.crm", Guid.NewGuid(), "Mars/Olympus", "zh-CN"));

        Assert.Equal("TimeZone", error.Field);
    }

    [Fact]
    public void SetCapacity_Negative_Throws()
    {
        Assert.Throws<DomainException>(() => NewUser().SetCapacity(-1));
    }

    private static User NewUser() =>
        new(Guid.NewGuid(), "王芳", "wang.fang@demo.crm", Guid.NewGuid(), "Asia/Shanghai", "zh-CN");
}
