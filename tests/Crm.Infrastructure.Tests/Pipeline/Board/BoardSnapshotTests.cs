using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline.Board;

/// <summary>The shared board snapshot: loaded once, then kept current from committed events.</summary>
public sealed class BoardSnapshotTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenAsync_PipelineWithCards_LoadsColumnsAndCardsInStageOrder(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var id = await board.World.CreateAsync("MES 二期");

        var feed = await board.OpenAsync();

        Assert.Equal(
            ["初步接洽", "方案报价", "商务谈判", "赢单", "输单"], feed.View.Columns.Select(c => c.Column.Name));
        Assert.Equal(board.World.Qualify.Id, feed.View.StageOf(id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStage_OpenBoard_CardMovesWithOneRead(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var id = await board.World.CreateAsync();
        var feed = await board.OpenAsync();

        await board.World.Opportunities.MoveToStageAsync(id, 1, board.World.Propose.Id, null, Token);

        await feed.UntilAsync(v => v.StageOf(id) == board.World.Propose.Id);
        Assert.Equal(1, board.Reader.CardReads);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToWon_TwoEventsOfOneSave_OneReadAndCardInWonWithTheMover(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var id = await board.World.CreateAsync();
        var feed = await board.OpenAsync();
        var won = board.World.Pipeline.WonStage.Id;

        var close = new CloseInfo("签约", DateOnly.FromDateTime(board.Host.Now));
        await board.World.Opportunities.MoveToStageAsync(id, 1, won, close, Token);
        // Another move afterwards: once it shows, both events of the first save have been handled.
        var other = await board.World.CreateAsync("排队");
        await feed.UntilAsync(v => v.Find(other) is not null);

        var card = feed.View.Find(id)!;
        Assert.Equal((won, "王芳", false), (card.StageId, card.LastMove.ByName, card.LastMove.IsCreation));
        Assert.Equal(2, board.Reader.CardReads);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OlderEvent_AfterTheBoardHoldsANewerVersion_IsIgnoredWithoutARead(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var world = board.World;
        var id = await world.CreateAsync();
        await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);
        var feed = await board.OpenAsync();

        board.Host.Get<ILiveBus>().Publish([StageChanged(world, id, version: 2, to: world.Negotiate.Id)]);
        var marker = await world.CreateAsync("标记");
        await feed.UntilAsync(v => v.Find(marker) is not null);

        Assert.Equal(world.Propose.Id, feed.View.StageOf(id));
        Assert.Equal(1, board.Reader.CardReads);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Delete_CardOnTheBoard_DroppedWithoutARead(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var id = await board.World.CreateAsync();
        var feed = await board.OpenAsync();

        await board.World.Opportunities.DeleteAsync(id, 1, Token);

        await feed.UntilAsync(v => v.Find(id) is null);
        Assert.Equal(0, board.Reader.CardReads);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RenameStage_OpenBoard_ColumnShowsTheNewName(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var world = board.World;
        var feed = await board.OpenAsync();
        world.SignInAsAdmin();

        var edit = new StageEdit("方案与报价", world.Propose.DefaultProbability, world.Propose.Category);
        await world.Pipelines.UpdateStageAsync(world.Pipeline.Id, 1, world.Propose.Id, edit, Token);

        await feed.UntilAsync(v => v.ColumnOf(world.Propose.Id).Column.Name == "方案与报价");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenAsync_UnknownPipeline_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var boards = board.Host.Get<IPipelineBoards>();

        await Assert.ThrowsAsync<NotFoundException>(() => boards.OpenAsync(Guid.CreateVersion7(), () => { }, Token));
    }

    private static OpportunityStageChanged StageChanged(PipelineWorld world, Guid id, int version, Guid to) =>
        new(id, version, world.Host.Now, world.Pipeline.Id, world.Qualify.Id, to, world.EastRep, world.EastRep,
            100_000_00, "CNY", OpportunityStatus.Open);
}
