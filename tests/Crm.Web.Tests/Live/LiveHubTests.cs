using System.Net;
using Crm.Web.Live.Contract;
using Microsoft.AspNetCore.SignalR.Client;

namespace Crm.Web.Tests.Live;

public sealed class LiveHubTests(LiveWorld world) : IClassFixture<LiveWorld>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Negotiate_Anonymous_Returns401()
    {
        using var client = new HttpClient { BaseAddress = world.BaseUrl };

        using var response = await client.PostAsync("/hubs/live/negotiate?negotiateVersion=1", null, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_Anonymous_IsRefused()
    {
        await using var connection = LiveClient.Build(world.BaseUrl, cookies: null);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(Token));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task MoveToStageAsync_TeammatesOpportunity_ReachesTheRep()
    {
        await using var rep = await world.ConnectAsync(world.EastRep);
        var id = await world.CreateOpportunityAsync(world.Manager, world.EastAccount);

        await world.MoveToNextStageAsync(world.Manager, id);

        var moved = await rep.NextAsync(StageChangeOf(id));
        Assert.Equal(world.Manager.Id, moved.Payload.GetProperty("movedById").GetGuid());
    }

    [Fact]
    public async Task MoveToStageAsync_AnotherTeamsOpportunity_DoesNotReachTheRep()
    {
        await using var southRep = await world.ConnectAsync(world.SouthRep);
        var east = await world.CreateOpportunityAsync(world.EastRep, world.EastAccount);
        await world.MoveToNextStageAsync(world.EastRep, east);

        var south = await world.CreateOpportunityAsync(world.SouthRep, world.SouthAccount);

        // One forwarder sends in commit order: once South's own opportunity is in, East's would be too.
        await southRep.NextAboutAsync(south);
        Assert.DoesNotContain(southRep.Skipped, m => m.Id == east);
    }

    [Fact]
    public async Task MoveToStageAsync_EitherTeamOfAManager_ReachesTheManager()
    {
        await using var manager = await world.ConnectAsync(world.Manager);
        var east = await world.CreateOpportunityAsync(world.EastRep, world.EastAccount);
        var south = await world.CreateOpportunityAsync(world.SouthRep, world.SouthAccount);

        var eastVersion = await world.MoveToNextStageAsync(world.EastRep, east);
        var southVersion = await world.MoveToNextStageAsync(world.SouthRep, south);

        Assert.Equal(eastVersion, (await manager.NextAsync(StageChangeOf(east))).Version);
        Assert.Equal(southVersion, (await manager.NextAsync(StageChangeOf(south))).Version);
    }

    [Fact]
    public async Task Changes_OfEveryTeam_ReachTheAdmin()
    {
        await using var admin = await world.ConnectAsync(world.Admin);

        var east = await world.CreateOpportunityAsync(world.EastRep, world.EastAccount);
        var south = await world.CreateOpportunityAsync(world.SouthRep, world.SouthAccount);
        var account = await world.CreateAccountAsync(world.SouthRep, "南方航运");

        Assert.Equal(
            ["opportunity.created", "opportunity.created", "account.created"],
            [(await admin.NextAboutAsync(east)).Name, (await admin.NextAboutAsync(south)).Name,
                (await admin.NextAboutAsync(account)).Name]);
    }

    [Fact]
    public async Task Opportunities_SupportAgent_ReceivesNoneButSeesAccounts()
    {
        await using var agent = await world.ConnectAsync(world.Agent);
        await world.CreateOpportunityAsync(world.EastRep, world.EastAccount);

        var account = await world.CreateAccountAsync(world.EastRep, "华东精密");

        await agent.NextAboutAsync(account);
        Assert.DoesNotContain(agent.Skipped, m => m.Name.StartsWith("opportunity.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAccountAsync_ByARep_ReachesTheirManagerWithTheName()
    {
        await using var manager = await world.ConnectAsync(world.Manager);

        var account = await world.CreateAccountAsync(world.EastRep, "上海星河贸易");

        var received = await manager.NextAboutAsync(account);
        var name = received.Payload.GetProperty("name").GetString();
        Assert.Equal(("account.created", "上海星河贸易"), (received.Name, name));
    }

    [Fact]
    public async Task WatchPipeline_OtherPipeline_IsFilteredOut()
    {
        await using var rep = await world.ConnectAsync(world.EastRep);
        await rep.WatchPipelineAsync(world.Pipeline.Id);

        var elsewhere = await world.CreateOpportunityAsync(world.EastRep, world.EastAccount, world.OtherPipeline);
        var here = await world.CreateOpportunityAsync(world.EastRep, world.EastAccount, world.Pipeline);

        await rep.NextAboutAsync(here);
        Assert.DoesNotContain(rep.Skipped, m => m.Id == elsewhere);
    }

    [Fact]
    public async Task WatchPipeline_AnotherTeamsOpportunityInIt_StaysInvisible()
    {
        await using var rep = await world.ConnectAsync(world.EastRep);
        await rep.WatchPipelineAsync(world.Pipeline.Id);

        var south = await world.CreateOpportunityAsync(world.SouthRep, world.SouthAccount, world.Pipeline);
        var east = await world.CreateOpportunityAsync(world.EastRep, world.EastAccount, world.Pipeline);

        await rep.NextAboutAsync(east);
        Assert.DoesNotContain(rep.Skipped, m => m.Id == south);
    }

    [Fact]
    public async Task WatchPipeline_SupportAgent_StillReceivesNoOpportunities()
    {
        await using var agent = await world.ConnectAsync(world.Agent);
        await agent.WatchPipelineAsync(world.Pipeline.Id);

        await world.CreateOpportunityAsync(world.EastRep, world.EastAccount, world.Pipeline);
        var account = await world.CreateAccountAsync(world.EastRep, "苏州智造");

        await agent.NextAboutAsync(account);
        Assert.DoesNotContain(agent.Skipped, m => m.Name.StartsWith("opportunity.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StageChanged_Payload_IsCamelCaseJsonWithUtcTimeAndMinorUnits()
    {
        await using var admin = await world.ConnectAsync(world.Admin);
        var won = LiveEvents.StageChanged(owner: world.EastRep, status: Domain.Pipeline.OpportunityStatus.Won);

        world.Publish(won);

        var payload = (await admin.NextAboutAsync(won.AggregateId)).Payload;
        var amount = payload.GetProperty("amount");
        Assert.Equal("2026-03-02T09:30:00Z", payload.GetProperty("occurredAt").GetString());
        Assert.Equal(
            (1_250_000L, "CNY"),
            (amount.GetProperty("minorUnits").GetInt64(), amount.GetProperty("currency").GetString()));
        Assert.Equal(
            ("won", 2), (payload.GetProperty("status").GetString(), payload.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task StageChanged_TypedDotNetHandler_ReadsTheDocumentedRecord()
    {
        await using var connection = LiveClient.Build(world.BaseUrl, world.Admin.Cookies);
        var received = new TaskCompletionSource<OpportunityStageChangedV1>(
            TaskCreationOptions.RunContinuationsAsynchronously);
        var moved = LiveEvents.StageChanged(owner: world.SouthRep);
        connection.On<OpportunityStageChangedV1>("opportunity.stageChanged", message =>
        {
            // Messages of earlier tests may still be on their way; this test's is told by its id.
            if (message.Id == moved.AggregateId)
            {
                received.TrySetResult(message);
            }
        });
        await connection.StartAsync(Token);
        await LiveClient.WhenJoinedAsync(connection);

        world.Publish(moved);

        var typed = await received.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.Equal(OpportunityStageChangedV1.From(moved), typed);
    }

    private static Func<Received, bool> StageChangeOf(Guid opportunityId) =>
        m => m.Id == opportunityId && m.Name == "opportunity.stageChanged";
}
