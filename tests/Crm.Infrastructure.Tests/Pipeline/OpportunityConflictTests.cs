using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>Two people load the same version; the second save is refused and told what changed.</summary>
public sealed class OpportunityConflictTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_SecondSaveOfTheSameVersion_ThrowsConflictAndKeepsTheFirst(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync("MES 二期");
        var mine = await world.Opportunities.GetAsync(id, Token);
        var theirs = await world.Opportunities.GetAsync(id, Token);
        await world.Opportunities.UpdateAsync(id, theirs.Version, Edit(theirs, "MES 二期（扩容）", 180_000m), Token);

        var second = () => world.Opportunities.UpdateAsync(id, mine.Version, Edit(mine, "MES 三期", 90_000m), Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(second);
        var saved = await world.Opportunities.GetAsync(id, Token);
        Assert.Equal(("MES 二期（扩容）", 18_000_000L, 2), (saved.Details.Name, saved.Amount.MinorUnits, saved.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangesSinceAsync_AfterAConflict_NamesWhatTheOtherPersonChanged(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync("MES 二期");
        var loaded = await world.Opportunities.GetAsync(id, Token);
        world.SignInAsEastTeammate();
        await world.Opportunities.UpdateAsync(id, loaded.Version, Edit(loaded, "MES 二期（扩容）", 180_000m), Token);
        await world.Opportunities.MoveToStageAsync(id, loaded.Version + 1, world.Propose.Id, null, Token);
        world.SignInAsEastRep();

        var changes = await world.Opportunities.ChangesSinceAsync(id, loaded.Version, Token);

        Assert.Equal(
            [("Amount", "100000.00", "180000.00"), ("Name", "MES 二期", "MES 二期（扩容）"), ("Stage", "初步接洽", "方案报价")],
            changes.Select(c => (c.Field, c.OldValue, c.NewValue)).OrderBy(c => c.Field));
        Assert.All(changes, c => Assert.Equal("李强", c.ChangedByName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangesSinceAsync_TheCurrentVersion_IsEmpty(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        var version = await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);

        Assert.Empty(await world.Opportunities.ChangesSinceAsync(id, version, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_StaleVersion_WritesNoHistoryAndPublishesNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);
        var published = host.Bus.PublishedFor(id).Count;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => world.Opportunities.MoveToStageAsync(id, 1, world.Negotiate.Id, null, Token));

        Assert.Equal(2, await HistoryCountAsync(host, id));
        Assert.Equal(published, host.Bus.PublishedFor(id).Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AddLineAsync_StaleVersion_AddsNoLine(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        var version = await world.Opportunities.AddLineAsync(id, 1, new LineInput(null, "实施服务", 10, 5_000m), Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => world.Opportunities.AddLineAsync(id, 1, new LineInput(null, "培训", 1, 800m), Token));

        var saved = await world.Opportunities.GetAsync(id, Token);
        Assert.Equal(version, saved.Version);
        Assert.Equal(["实施服务"], saved.Lines.Select(l => l.Description));
    }

    internal static OpportunityEdit Edit(OpportunityView view, string name, decimal amount) =>
        new(name, view.Details.PrimaryContactId, view.OwnerId, view.Details.ExpectedCloseDate, AmountMode.Manual,
            amount, view.Amount.Currency, view.ProbabilityOverride, view.Details.NextStep, view.Details.Competitors);

    private static async Task<int> HistoryCountAsync(CrmTestHost host, Guid id)
    {
        await using var db = await host.OpenAsync();

        return await db.StageChanges.CountAsync(c => c.OpportunityId == id, Token);
    }
}
