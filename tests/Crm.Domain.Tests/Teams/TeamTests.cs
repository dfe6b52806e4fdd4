using Crm.Domain.Teams;

namespace Crm.Domain.Tests.Teams;

public sealed class TeamTests
{
    private static readonly DateTime At = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ChangeManager_NewManager_RecordsPreviousAndNewManager()
    {
        var team = NewTeam();
        var previous = Guid.NewGuid();
        var next = Guid.NewGuid();
        team.AppointManager(previous);

        team.ChangeManager(next, At);

        var changed = Assert.IsType<TeamManagerChanged>(Assert.Single(team.DomainEvents));
        Assert.Equal((previous, next), (changed.PreviousManagerId, changed.ManagerId));
    }

    [Fact]
    public void ChangeManager_FirstManager_HasNoPreviousManager()
    {
        var team = NewTeam();

        team.ChangeManager(Guid.NewGuid(), At);

        Assert.Null(Assert.IsType<TeamManagerChanged>(Assert.Single(team.DomainEvents)).PreviousManagerId);
    }

    [Fact]
    public void ChangeManager_CurrentManager_RecordsNothing()
    {
        var team = NewTeam();
        var manager = Guid.NewGuid();
        team.AppointManager(manager);

        team.ChangeManager(manager, At);

        Assert.Empty(team.DomainEvents);
    }

    [Fact]
    public void AppointManager_SettingUp_RecordsNothing()
    {
        var team = NewTeam();

        team.AppointManager(Guid.NewGuid());

        Assert.Empty(team.DomainEvents);
    }

    private static Team NewTeam() => new(Guid.NewGuid(), "华东销售一组", TeamKind.Sales, "华东");
}
