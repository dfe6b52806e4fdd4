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
    public void ChangeAvailability_OnLeave_RecordsTheChangeWithTheTeam()
    {
        var user = NewUser();

        user.ChangeAvailability(Availability.OnLeave, At);

        var changed = Assert.IsType<UserAvailabilityChanged>(Assert.Single(user.DomainEvents));
        Assert.Equal((user.TeamId, Availability.OnLeave), (changed.TeamId, changed.Availability));
    }

    [Fact]
    public void ChangeAvailability_SameStatus_RecordsNothing()
    {
        var user = NewUser();

        user.ChangeAvailability(Availability.Available, At);

        Assert.Empty(user.DomainEvents);
    }

    [Fact]
    public void ChangeOwnAvailability_OnLeave_ThrowsAndKeepsTheStatus()
    {
        var user = NewUser();

        Assert.Throws<DomainException>(() => user.ChangeOwnAvailability(Availability.OnLeave, At));

        Assert.Equal(Availability.Available, user.Availability);
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

    [Fact]
    public void MoveToTeam_OtherTeam_RecordsPreviousAndNewTeam()
    {
        var user = NewUser();
        var previous = user.TeamId;
        var next = Guid.NewGuid();

        user.MoveToTeam(next, At);

        var moved = Assert.IsType<UserMovedToTeam>(Assert.Single(user.DomainEvents));
        Assert.Equal((previous, next, 1), (moved.PreviousTeamId, moved.TeamId, moved.Version));
    }

    [Fact]
    public void MoveToTeam_SameTeam_RecordsNothing()
    {
        var user = NewUser();

        user.MoveToTeam(user.TeamId, At);

        Assert.Empty(user.DomainEvents);
    }

    [Fact]
    public void Activate_DeactivatedUser_RecordsUserActivated()
    {
        var user = NewUser();
        user.Deactivate(At);

        user.Activate(At.AddDays(1));

        Assert.True(user.IsActive);
        Assert.IsType<UserActivated>(user.DomainEvents[^1]);
    }

    [Fact]
    public void Activate_ActiveUser_RecordsNothing()
    {
        var user = NewUser();

        user.Activate(At);

        Assert.Empty(user.DomainEvents);
    }

    [Fact]
    public void NoteRolesChanged_Always_RecordsUserRolesChanged()
    {
        var user = NewUser();

        user.NoteRolesChanged(At);

        Assert.Equal(user.Id, Assert.IsType<UserRolesChanged>(Assert.Single(user.DomainEvents)).AggregateId);
    }

    private static User NewUser() =>
        new(Guid.NewGuid(), "王芳", "wang.fang@demo.crm", Guid.NewGuid(), "Asia/Shanghai", "zh-CN");
}
