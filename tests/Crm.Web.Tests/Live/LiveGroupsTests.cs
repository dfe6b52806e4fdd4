using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Web.Live;

namespace Crm.Web.Tests.Live;

public sealed class LiveGroupsTests
{
    private static readonly Guid Me = Guid.CreateVersion7();
    private static readonly Guid East = Guid.CreateVersion7();
    private static readonly Guid South = Guid.CreateVersion7();
    private static readonly Guid Pipeline = Guid.CreateVersion7();

    [Fact]
    public void For_RepWhoManagesNothing_JoinsOwnTeamAndSelfOnly()
    {
        var groups = LiveGroups.For(Viewer(Roles.SalesRep), null);

        Assert.Equal(
            [
                $"opportunities:team:{East}", $"opportunities:owner:{Me}",
                $"accounts:team:{East}", $"accounts:owner:{Me}",
                $"leads:team:{East}", $"leads:owner:{Me}",
            ],
            groups);
    }

    [Fact]
    public void For_ManagerOfTwoTeams_JoinsEachTeam()
    {
        var groups = LiveGroups.For(Viewer(Roles.SalesManager, managed: [East, South]), null);

        Assert.Contains($"opportunities:team:{South}", groups);
        Assert.Single(groups, g => g == $"opportunities:team:{East}");
    }

    [Fact]
    public void For_Admin_JoinsTheAllGroupsOnly()
    {
        var groups = LiveGroups.For(Viewer(Roles.Admin), null);

        Assert.Equal(["opportunities:all", "accounts:all", "leads:all"], groups);
    }

    [Theory]
    [InlineData(Roles.SupportAgent)]
    [InlineData(Roles.SupportLead)]
    public void For_SupportRole_JoinsOnlyAllAccounts(string role)
    {
        var groups = LiveGroups.For(Viewer(role), null);

        Assert.Equal(["accounts:all"], groups);
    }

    [Fact]
    public void For_Marketing_JoinsAllAccountsAndAllLeads()
    {
        var groups = LiveGroups.For(Viewer(Roles.Marketing), null);

        Assert.Equal(["accounts:all", "leads:all"], groups);
    }

    [Fact]
    public void Targets_LeadLeavingAnOwnerForAQueue_GoesToBothTeams()
    {
        var owner = Guid.CreateVersion7();
        var audience = new LiveAudience(LiveRecordKind.Leads, [owner]) { QueueTeamIds = [South] };

        var targets = LiveGroups.Targets(audience, [new OwnerPlace(owner, East)]);

        Assert.Equal(["leads:all", $"leads:team:{East}", $"leads:team:{South}"], targets);
    }

    [Fact]
    public void For_WatchingAPipeline_NarrowsOpportunitiesOnly()
    {
        var groups = LiveGroups.For(Viewer(Roles.SalesRep), Pipeline);

        Assert.Equal(
            [$"opportunities:pipeline:{Pipeline}:team:{East}", $"opportunities:pipeline:{Pipeline}:owner:{Me}",
                $"accounts:team:{East}", $"accounts:owner:{Me}", $"leads:team:{East}", $"leads:owner:{Me}"],
            groups);
    }

    [Fact]
    public void Targets_OwnerOfUnknownTeam_GoesToTheOwnerGroup()
    {
        var owner = Guid.CreateVersion7();
        var audience = new LiveAudience(LiveRecordKind.Accounts, [owner]);

        var targets = LiveGroups.Targets(audience, [new OwnerPlace(owner, null)]);

        Assert.Equal(["accounts:all", $"accounts:owner:{owner}"], targets);
    }

    public static TheoryData<string, bool> Viewers => new()
    {
        { Roles.Admin, false }, { Roles.SalesManager, true }, { Roles.SalesRep, false }, { Roles.SupportAgent, false },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public void Targets_AnyOpportunityOfOneOwner_ShareAtMostOneGroupWithAConnection(string role, bool managesSouth)
    {
        var viewer = Viewer(role, managed: managesSouth ? [South] : []);
        var owners = new[] { new OwnerPlace(Me, East), new OwnerPlace(Guid.CreateVersion7(), South) };

        foreach (var watched in new Guid?[] { null, Pipeline })
        {
            var joined = LiveGroups.For(viewer, watched);
            Assert.All(owners, owner => Assert.InRange(
                LiveGroups.Targets(new LiveAudience(LiveRecordKind.Opportunities, [owner.OwnerId], Pipeline), [owner])
                    .Count(joined.Contains),
                0,
                1));
        }
    }

    private static LiveViewer Viewer(string role, IReadOnlyList<Guid>? managed = null) =>
        LiveViewer.For(new Actor(Me, new HashSet<string> { role }), East, managed ?? []);
}
