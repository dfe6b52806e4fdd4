using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>Manual reassignment: audited in the field history, explained in the note, on every provider.</summary>
public sealed class LeadReassignTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReassignAsync_ToTeammate_WritesOwnerHistoryRowByTheManager(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var lead = await world.OwnedLeadAsync(world.EastRep);
        world.SignInAsEastManager();

        await world.Leads.ReassignAsync(lead, 1, world.EastTeammate, Ct);

        await using var db = await host.OpenAsync();
        var change = await db.FieldChanges.SingleAsync(f => f.EntityId == lead && f.Field == "OwnerId", Ct);
        Assert.Equal((world.EastRep.ToString(), world.EastTeammate.ToString(), world.EastManager),
            (change.OldValue, change.NewValue, change.ChangedById));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReassignAsync_ToTeammate_NoteSaysWhoReassigned(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var lead = await world.OwnedLeadAsync(world.EastRep);
        world.SignInAsEastManager();

        await world.Leads.ReassignAsync(lead, 1, world.EastTeammate, Ct);
        var view = await world.Leads.GetAsync(lead, Ct);

        Assert.Equal(("李娜", AssignmentNote.Reassigned, "陈丽"),
            (view.Routing.OwnerName, view.Routing.Note?.Reason, view.Routing.AssignedByName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReassignAsync_RepTakesTeamQueueLead_LeavesTheQueue(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var lead = await world.QueuedLeadAsync(world.EastTeam);
        world.SignInAsEastRep();

        await world.Leads.ReassignAsync(lead, 1, world.EastRep, Ct);

        var saved = await host.ReloadAsync<Lead>(lead);
        Assert.Equal((world.EastRep, null), (saved.OwnerId, saved.QueueTeamId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReassignAsync_RepToOtherTeamsRep_ThrowsOwnerInvalid(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var lead = await world.OwnedLeadAsync(world.EastRep);
        world.SignInAsEastRep();

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Leads.ReassignAsync(lead, 1, world.SouthRep, Ct));

        Assert.Equal("Owner.invalid", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReassignAsync_StaleVersion_ThrowsConflictAndKeepsTheOwner(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var lead = await world.OwnedLeadAsync(world.EastRep);
        world.SignInAsEastManager();
        await world.Leads.StartWorkingAsync(lead, 1, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => world.Leads.ReassignAsync(lead, 1, world.EastTeammate, Ct));

        Assert.Equal(world.EastRep, (await host.ReloadAsync<Lead>(lead)).OwnerId);
    }
}
