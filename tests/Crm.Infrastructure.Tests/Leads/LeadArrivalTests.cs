using Crm.Domain.Assignment;
using Crm.Domain.Leads;
using Crm.Domain.Notifications;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>
/// A lead is routed the moment it arrives, by the rules, in the transaction that stores it: each
/// strategy reached from a real lead entered in the app or posted to the web form, the notices it
/// sends, and what a failed save leaves (nothing).
/// </summary>
public sealed class LeadArrivalTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_NamedOwnerRule_GivesTheLeadToTheOwnerAndTellsThem(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.RuleAsync("来电线索", AssignmentStrategy.NamedOwner(world.EastTeammate), world.EastTeam,
            When(AssignmentFields.Source, ConditionOperator.EqualTo, nameof(LeadSource.PhoneIn)));
        world.SignInAsEastRep();

        var lead = await world.Leads.CreateAsync(Entered(), Ct);

        var notice = Assert.Single(await world.NoticesAboutAsync(lead.Id));
        Assert.Equal(world.EastTeammate, lead.Routing.OwnerId);
        Assert.Equal((world.EastTeammate, NotificationKind.LeadAssigned, null), (notice.RecipientId, notice.Kind,
            notice.ActorId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_RoundRobinRule_GivesEachLeadToTheNextMember(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var rule = await world.RuleAsync("华东轮流", AssignmentStrategy.RoundRobin(world.EastTeam));
        world.SignInAsAdmin();

        // Turns follow the members' ids; users saved within one millisecond may sort either way.
        var turns = new[] { world.EastManager, world.EastRep, world.EastTeammate }.Order().ToArray();

        var first = await world.Leads.CreateAsync(Entered(), Ct);
        var second = await world.Leads.CreateAsync(Entered(), Ct);

        Assert.Equal([turns[0], turns[1]], [first.Routing.OwnerId, second.Routing.OwnerId]);
        Assert.Equal(turns[1], (await host.ReloadAsync<AssignmentRule>(rule.Id)).LastAssignedUserId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_LeastBusyRule_GivesTheLeadToWhoeverHoldsFewestOpenLeads(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OwnedLeadAsync(world.EastManager);
        await world.OwnedLeadAsync(world.EastRep);
        await DisqualifiedLeadAsync(host, world, world.EastTeammate);
        await world.RuleAsync("华东最空闲", AssignmentStrategy.LeastBusy(world.EastTeam));
        world.SignInAsAdmin();

        var lead = await world.Leads.CreateAsync(Entered(), Ct);

        Assert.Equal(
            (world.EastTeammate, AssignmentReasons.LeastBusy), (lead.Routing.OwnerId, lead.Routing.Note?.Reason));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SubmitAsync_TerritoryRule_GivesTheWebLeadToWhoeverCoversItsRegion(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider, webVisitor: true);
        await using var _ = host;
        var region = $"西南-{Guid.NewGuid():N}"[..12];
        await host.ChangeAsync<User>(world.SouthRep, (u, _) => u.UpdateProfile(u.DisplayName, u.TimeZone, region));
        await world.RuleAsync("按地区", AssignmentStrategy.TerritoryOwner(), world.EastTeam);

        var id = await host.Get<IWebLeadIntake>().SubmitAsync(LeadWorld.Profile("王建国") with { Region = region }, Ct);

        var saved = await host.ReloadAsync<Lead>(id);
        Assert.Equal((world.SouthRep, AssignmentReasons.Territory), (saved.OwnerId, saved.Assignment?.Reason));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SubmitAsync_NobodyAvailable_QueuesTheLeadAndTellsTheQueueTeamsManager(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider, webVisitor: true);
        await using var _ = host;
        await host.ChangeAsync<User>(world.SouthRep, (u, _) => u.SetAvailability(Availability.OnLeave));
        await world.RuleAsync("华南轮流", AssignmentStrategy.RoundRobin(world.SouthTeam), world.EastTeam);

        var id = await host.Get<IWebLeadIntake>().SubmitAsync(LeadWorld.Profile("王建国"), Ct);

        var notice = Assert.Single(await world.NoticesAboutAsync(id));
        Assert.Equal(world.EastTeam, (await host.ReloadAsync<Lead>(id)).QueueTeamId);
        Assert.Equal((world.EastManager, NotificationKind.LeadQueued, true), (notice.RecipientId, notice.Kind,
            notice.Arguments[NotificationArguments.Team].StartsWith("华东销售", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SubmitAsync_SaveFailsAfterTheDecision_LeavesNoLeadNoNoticeAndTheTurnWhereItWas(
        DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider, RefusedWrites.Into(provider, "Notifications"), true);
        await using var _ = host;
        var rule = await world.RuleAsync("华东轮流", AssignmentStrategy.RoundRobin(world.EastTeam));
        var profile = LeadWorld.Profile("王建国");

        await Assert.ThrowsAnyAsync<Exception>(() => host.Get<IWebLeadIntake>().SubmitAsync(profile, Ct));

        await using var db = await host.OpenAsync();
        Assert.False(await db.Leads.AnyAsync(l => l.Email == profile.Email, Ct));
        Assert.Null((await host.ReloadAsync<AssignmentRule>(rule.Id)).LastAssignedUserId);
        Assert.DoesNotContain(host.Bus.Published, e => e is LeadCreated or NotificationCreated);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_RuleGivesTheLeadToWhoeverEnteredIt_TellsNobody(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.RouteEveryLeadToAsync(world.EastRep);
        world.SignInAsEastRep();

        var lead = await world.Leads.CreateAsync(Entered(), Ct);

        Assert.Empty(await world.NoticesAboutAsync(lead.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReassignAsync_ManagerHandsTheLeadOn_TellsTheNewOwnerWhoDidIt(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var id = await world.OwnedLeadAsync(world.EastRep);
        world.SignInAsEastManager();

        await world.Leads.ReassignAsync(id, 1, world.EastTeammate, Ct);

        var notice = Assert.Single(await world.NoticesAboutAsync(id));
        Assert.Equal((world.EastTeammate, world.EastManager), (notice.RecipientId, notice.ActorId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReassignAsync_RepTakesTheLeadFromTheQueue_TellsNobody(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var id = await world.QueuedLeadAsync(world.EastTeam);
        world.SignInAsEastRep();

        await world.Leads.ReassignAsync(id, 1, world.EastRep, Ct);

        Assert.Empty(await world.NoticesAboutAsync(id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenCountsAsync_LeadsOfSeveralStates_CountsNewAndWorkingOnes(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OwnedLeadAsync(world.SouthRep);
        var working = await world.OwnedLeadAsync(world.SouthRep);
        await host.ChangeAsync<Lead>(working, (l, at) => l.StartWorking(at));
        await DisqualifiedLeadAsync(host, world, world.SouthRep);

        await using var db = await host.OpenAsync();
        var counts = await new LeadWorkload().OpenCountsAsync(db, [world.SouthRep, world.EastRep], Ct);

        Assert.Equal(new Dictionary<Guid, int> { [world.SouthRep] = 2 }, counts);
    }

    private async Task<(CrmTestHost Host, LeadWorld World)> StartAsync(
        DatabaseProvider provider, Action<IServiceCollection>? configure = null, bool webVisitor = false)
    {
        var host = await databases.StartHostAsync(provider, services =>
        {
            configure?.Invoke(services);
            if (webVisitor)
            {
                services.AddSingleton<IActor, WebVisitor>();
            }
        });
        var world = await LeadWorld.CreateAsync(host);
        await world.ClearRulesAsync();

        return (host, world);
    }

    private static async Task DisqualifiedLeadAsync(CrmTestHost host, LeadWorld world, Guid ownerId)
    {
        var id = await world.OwnedLeadAsync(ownerId);
        await host.ChangeAsync<Lead>(id, (l, at) => l.Disqualify(DisqualificationReason.NoBudget, null, at));
    }

    private static LeadInput Entered() => new(LeadWorld.Profile("王建国"), LeadSource.PhoneIn);

    private static AssignmentCondition When(string field, ConditionOperator op, params string[] values) =>
        new(field, op, values);

    // The public web form: nobody is signed in.
    private sealed class WebVisitor : IActor
    {
        public Guid? UserId => null;
    }
}
