using Crm.Domain.Leads;

namespace Crm.Web.Tests.Live;

/// <summary>Lead messages of /hubs/live go where the lead pages would show the lead, and nowhere else.</summary>
public sealed class LiveLeadTests(LiveWorld world) : IClassFixture<LiveWorld>
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task LeadCreated_InTheRepsTeamQueue_ReachesTheRepWithItsQueueAndSource()
    {
        await using var rep = await world.ConnectAsync(world.EastRep);
        var created = new LeadCreated(Guid.CreateVersion7(), 1, At, null, world.EastRep.TeamId, LeadSource.WebForm);

        world.Publish(created);

        var payload = (await rep.NextAboutAsync(created.AggregateId)).Payload;
        Assert.Equal(
            (world.EastRep.TeamId, "webForm"),
            (payload.GetProperty("queueTeamId").GetGuid(), payload.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task LeadAssigned_ToAnotherTeam_DoesNotReachTheRep()
    {
        await using var southRep = await world.ConnectAsync(world.SouthRep);
        var east = new LeadAssigned(Guid.CreateVersion7(), 1, At, world.EastRep.Id, null, null, "华东", null);
        var south = new LeadAssigned(Guid.CreateVersion7(), 1, At, world.SouthRep.Id, null, null, "华南", null);

        world.Publish(east, south);

        // One forwarder sends in publish order: once South's lead is in, East's would be too.
        await southRep.NextAboutAsync(south.AggregateId);
        Assert.DoesNotContain(southRep.Skipped, m => m.Id == east.AggregateId);
    }

    [Fact]
    public async Task LeadQueued_FromARepOfOneTeamToTheOthersQueue_ReachesBothTeams()
    {
        await using var eastRep = await world.ConnectAsync(world.EastRep);
        await using var southRep = await world.ConnectAsync(world.SouthRep);
        var queued = new LeadQueued(Guid.CreateVersion7(), 2, At, world.SouthRep.TeamId, world.EastRep.Id, null);

        world.Publish(queued);

        Assert.Equal("lead.queued", (await eastRep.NextAboutAsync(queued.AggregateId)).Name);
        Assert.Equal("lead.queued", (await southRep.NextAboutAsync(queued.AggregateId)).Name);
    }

    [Fact]
    public async Task Leads_SupportAgent_ReceivesNone()
    {
        await using var agent = await world.ConnectAsync(world.Agent);
        var lead = new LeadCreated(Guid.CreateVersion7(), 1, At, world.EastRep.Id, null, LeadSource.PhoneIn);

        world.Publish(lead);
        var account = await world.CreateAccountAsync(world.EastRep, "华东精工");

        await agent.NextAboutAsync(account);
        Assert.DoesNotContain(agent.Skipped, m => m.Name.StartsWith("lead.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeadCreated_NothingPlacedIt_ReachesTheAdmin()
    {
        await using var admin = await world.ConnectAsync(world.Admin);
        var lead = new LeadCreated(Guid.CreateVersion7(), 1, At, null, null, LeadSource.Email);

        world.Publish(lead);

        Assert.Equal("lead.created", (await admin.NextAboutAsync(lead.AggregateId)).Name);
    }
}
