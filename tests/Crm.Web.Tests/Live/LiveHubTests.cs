using System.Net;
using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;
using Crm.Web.Live.Contract;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task StageChanged_TeammatesOpportunity_ReachesTheRep()
    {
        await using var rep = await world.ConnectAsync(world.EastRep);
        var moved = LiveEvents.StageChanged(owner: world.Manager);

        world.Publish(moved);

        var received = await rep.NextAboutAsync(moved.AggregateId);
        Assert.Equal("opportunity.stageChanged", received.Name);
    }

    [Fact]
    public async Task StageChanged_AnotherTeamsOpportunity_DoesNotReachTheRep()
    {
        await using var southRep = await world.ConnectAsync(world.SouthRep);
        var east = LiveEvents.StageChanged(owner: world.EastRep);
        var south = LiveEvents.StageChanged(owner: world.SouthRep);

        world.Publish(east);
        world.Publish(south);

        // One forwarder sends in publish order: once South's own change is in, East's would be too.
        await southRep.NextAboutAsync(south.AggregateId);
        Assert.DoesNotContain(southRep.Skipped, m => m.Id == east.AggregateId);
    }

    [Fact]
    public async Task StageChanged_EitherTeamOfAManager_ReachesTheManager()
    {
        await using var manager = await world.ConnectAsync(world.Manager);
        var east = LiveEvents.StageChanged(owner: world.EastRep);
        var south = LiveEvents.StageChanged(owner: world.SouthRep);

        world.Publish(east, south);

        Assert.Equal("opportunity.stageChanged", (await manager.NextAboutAsync(east.AggregateId)).Name);
        Assert.Equal("opportunity.stageChanged", (await manager.NextAboutAsync(south.AggregateId)).Name);
    }

    [Fact]
    public async Task Events_OfEveryTeam_ReachTheAdmin()
    {
        await using var admin = await world.ConnectAsync(world.Admin);
        var east = LiveEvents.StageChanged(owner: world.EastRep);
        var south = LiveEvents.StageChanged(owner: world.SouthRep);

        world.Publish(east, south);
        var accountId = await CreateAccountAsync(world.SouthRep, "南方航运");

        Assert.Equal(
            ["opportunity.stageChanged", "opportunity.stageChanged", "account.created"],
            [(await admin.NextAboutAsync(east.AggregateId)).Name, (await admin.NextAboutAsync(south.AggregateId)).Name,
                (await admin.NextAboutAsync(accountId)).Name]);
    }

    [Fact]
    public async Task Opportunities_SupportAgent_ReceivesNoneButSeesAccounts()
    {
        await using var agent = await world.ConnectAsync(world.Agent);
        world.Publish(LiveEvents.StageChanged(owner: world.EastRep));

        var accountId = await CreateAccountAsync(world.EastRep, "华东精密");

        await agent.NextAboutAsync(accountId);
        Assert.DoesNotContain(agent.Skipped, m => m.Name.StartsWith("opportunity.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccountCreated_ThroughTheService_ReachesTheTeamWithItsName()
    {
        await using var manager = await world.ConnectAsync(world.Manager);

        var accountId = await CreateAccountAsync(world.EastRep, "上海星河贸易");

        var received = await manager.NextAboutAsync(accountId);
        var name = received.Payload.GetProperty("name").GetString();
        Assert.Equal(("account.created", "上海星河贸易"), (received.Name, name));
    }

    [Fact]
    public async Task WatchPipeline_OtherPipeline_IsFilteredOut()
    {
        await using var rep = await world.ConnectAsync(world.EastRep);
        var watched = Guid.CreateVersion7();
        await rep.WatchPipelineAsync(watched);
        var elsewhere = LiveEvents.StageChanged(owner: world.EastRep);
        var here = LiveEvents.StageChanged(owner: world.EastRep, pipelineId: watched);

        world.Publish(elsewhere, here);

        await rep.NextAboutAsync(here.AggregateId);
        Assert.DoesNotContain(rep.Skipped, m => m.Id == elsewhere.AggregateId);
    }

    [Fact]
    public async Task WatchPipeline_AnotherTeamsOpportunityInIt_StaysInvisible()
    {
        await using var rep = await world.ConnectAsync(world.EastRep);
        var pipelineId = Guid.CreateVersion7();
        await rep.WatchPipelineAsync(pipelineId);
        var south = LiveEvents.StageChanged(owner: world.SouthRep, pipelineId: pipelineId);
        var east = LiveEvents.StageChanged(owner: world.EastRep, pipelineId: pipelineId);

        world.Publish(south, east);

        await rep.NextAboutAsync(east.AggregateId);
        Assert.DoesNotContain(rep.Skipped, m => m.Id == south.AggregateId);
    }

    [Fact]
    public async Task WatchPipeline_SupportAgent_StillReceivesNoOpportunities()
    {
        await using var agent = await world.ConnectAsync(world.Agent);
        var pipelineId = Guid.CreateVersion7();
        await agent.WatchPipelineAsync(pipelineId);

        world.Publish(LiveEvents.StageChanged(owner: world.EastRep, pipelineId: pipelineId));
        var accountId = await CreateAccountAsync(world.EastRep, "苏州智造");

        await agent.NextAboutAsync(accountId);
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

    /// <summary>Creates an account as <paramref name="owner"/> through the account service, saved to SQLite.</summary>
    private Task<Guid> CreateAccountAsync(Person owner, string name) => world.AsAsync(owner, services =>
    {
        var profile = new AccountProfile(
            name, AccountKind.Company, Industry.Technology, AccountTier.Standard, "华东", null, null, null, null,
            null);
        var accounts = services.GetRequiredService<IAccountService>();

        return accounts.CreateAsync(new AccountInput(profile, [], null, null), Token);
    });
}
