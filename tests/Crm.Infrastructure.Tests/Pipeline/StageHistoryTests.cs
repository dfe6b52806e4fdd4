using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>Stage history is complete from creation on, exact, and saved only with its move.</summary>
public sealed class StageHistoryTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_CreateAndThreeMoves_SavesFourEntriesWithTimeInPreviousStage(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        var version = 1;
        var close = new CloseInfo("价格优势", DateOnly.FromDateTime(host.Now.AddDays(9)));

        foreach (var (days, stage) in new[] { (2, world.Propose), (5, world.Negotiate), (2, world.Pipeline.WonStage) })
        {
            host.Clock.Advance(TimeSpan.FromDays(days) + TimeSpan.FromMinutes(7));
            version = await world.Opportunities.MoveToStageAsync(
                id, version, stage.Id, stage.IsClosing ? close : null, Token);
        }

        var history = await HistoryAsync(host, id);
        Assert.Equal(
            [null, TimeSpan.Parse("2.00:07"), TimeSpan.Parse("5.00:07"), TimeSpan.Parse("2.00:07")],
            history.Select(h => h.TimeInPreviousStage));
        Assert.Equal([1, 2, 3, 4], history.Select(h => h.Sequence));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_AfterMoves_ListsTheHistoryWithStageNamesAndWhoMoved(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        world.SignInAsEastTeammate();
        await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);

        var view = await world.Opportunities.GetAsync(id, Token);

        Assert.Equal(
            [(null, "初步接洽", "王芳"), ("初步接洽", "方案报价", "李强")],
            view.History.Select(h => (h.FromStageName, h.ToStageName, h.MovedByName)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveChanges_HistoricMovesOfANewOpportunity_KeepTheirBusinessMoments(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var created = host.Now.AddMonths(-14);
        var opportunity = Opportunity.Create(
            Guid.CreateVersion7(), new OpportunityDetails("老客户扩容", null, DateOnly.FromDateTime(created.AddDays(90))),
            world.EastAccount, world.EastRep, world.Qualify, new Domain.Common.Money(5_000_000, "CNY"), world.EastRep,
            created);
        opportunity.MoveTo(world.Propose, world.EastRep, created.AddDays(20));
        opportunity.MoveTo(world.Negotiate, world.EastRep, created.AddDays(45));

        await host.SaveNewAsync(opportunity);

        var history = await HistoryAsync(host, opportunity.Id);
        Assert.Equal([created, created.AddDays(20), created.AddDays(45)], history.Select(h => h.MovedAt));
    }

    private static async Task<List<StageChange>> HistoryAsync(CrmTestHost host, Guid id)
    {
        await using var db = await host.OpenAsync();

        return await db.StageChanges.Where(c => c.OpportunityId == id).OrderBy(c => c.Sequence).ToListAsync(Token);
    }
}
