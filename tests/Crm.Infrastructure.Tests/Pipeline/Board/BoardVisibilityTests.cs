using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline.Board;

/// <summary>Each user's feed holds only what they may see, and its totals add up what it shows.</summary>
public sealed class BoardVisibilityTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static int _currencies;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Read_RepOfAnotherTeam_SeesOnlyTheirOwnTeamsCards(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var world = board.World;
        var east = await world.CreateAsync("东区单");
        world.SignInAsWestRep();
        var west = await world.CreateAsync("西区单", accountId: world.WestAccount);

        var feed = await board.OpenAsync();

        Assert.Equal([west], feed.View.Columns.SelectMany(c => c.Cards).Select(c => c.Id));
        Assert.Null(feed.View.Find(east));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToTeam_RepWithTheBoardOpen_SeesTheNewTeamsCardsWithoutReopening(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var world = board.World;
        var east = await world.CreateAsync("东区单");
        world.SignInAsWestRep();
        var west = await board.OpenAsync();

        await world.Host.ChangeAsync<User>(world.WestRep, (user, at) => user.MoveToTeam(world.EastTeam, at));

        await west.UntilAsync(v => v.Find(east) is not null);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Move_CardOfAnotherTeam_OtherTeamsFeedIsNotEvenTold(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var world = board.World;
        var id = await world.CreateAsync();
        var east = await board.OpenAsync();
        world.SignInAsWestRep();
        var west = await board.OpenAsync();
        world.SignInAsEastRep();

        await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);

        // Both feeds hear of a change in the same pass, so once the east feed has it, the west one was asked.
        await east.UntilAsync(v => v.StageOf(id) == world.Propose.Id);
        Assert.Equal(0, west.Notices);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeOwner_ToSomeoneOutsideTheRepsScope_CardLeavesTheRepsBoard(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var world = board.World;
        var id = await world.CreateAsync("交给经理");
        var rep = await board.OpenAsync();
        world.SignInAsEastManager();

        var edit = new OpportunityEdit(
            "交给经理", null, world.EastManager, new DateOnly(2026, 6, 30), AmountMode.Manual, 100_000m, "CNY", null, null,
            null);
        await world.Opportunities.UpdateAsync(id, 1, edit, Token);

        await rep.UntilAsync(v => v.Find(id) is null);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Read_ManagerOfTheTeam_SeesTheTeamsCardsWithOwnersAndTeamsToFilterBy(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var world = board.World;
        await world.CreateAsync("王芳的单");
        world.SignInAsEastTeammate();
        await world.CreateAsync("李强的单");
        world.SignInAsEastManager();

        var view = (await board.OpenAsync()).View;

        Assert.Equal(2, view.VisibleCount);
        Assert.Equal(["李强", "王芳"], view.Owners.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Single(view.Teams);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Read_SupportAgent_GetsABoardWithoutCards(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        await board.World.CreateAsync();
        board.World.SignInAsAgent();

        var view = (await board.OpenAsync()).View;

        Assert.Equal((0, false), (view.VisibleCount, view.CanMove));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Read_TwoCurrenciesInAColumn_TotalsAddTheCardsBaseAmounts(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var currency = await WithRateAsync(board.World, 7.2m);
        await board.World.CreateAsync("人民币单", 10_000.10m);
        await board.World.CreateAsync("外币单", 1_000.05m, currency);

        var column = (await board.OpenAsync()).View.ColumnOf(board.World.Qualify.Id);

        // ¥10,000.10 + $1,000.05 × 7.2 = ¥17,200.46; weighted at 10% card by card: ¥1,000.01 + ¥720.04.
        Assert.Equal(
            (2, new Money(1_720_046, "CNY"), new Money(172_005, "CNY")),
            (column.Totals.Count, column.Totals.AmountInBase, column.Totals.WeightedInBase));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Read_WithCriteria_TotalsCoverOnlyTheMatchingCards(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        await board.World.CreateAsync("MES 二期", 300m);
        await board.World.CreateAsync("仓储系统", 200m);
        var feed = await board.OpenAsync();

        var column = feed.Feed.Read(new BoardCriteria(Text: "mes")).ColumnOf(board.World.Qualify.Id);

        Assert.Equal((1, 30_000L), (column.Totals.Count, column.Totals.AmountInBase.MinorUnits));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Read_CurrencyWithoutRate_CountedButLeftOutOfTheSumsAndNamed(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var currency = NewCurrency();
        await board.World.CreateAsync("人民币单", 500m);
        await board.World.CreateAsync("无汇率单", 900m, currency);

        var view = (await board.OpenAsync()).View;

        Assert.Equal([currency], view.MissingRateCurrencies);
        Assert.Equal((2, 50_000L), (view.Columns[0].Totals.Count, view.Columns[0].Totals.AmountInBase.MinorUnits));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SetRate_OpenBoard_CardsConvertAtTheNewRate(DatabaseProvider provider)
    {
        await using var board = await BoardWorld.CreateAsync(databases, provider);
        var currency = NewCurrency();
        var id = await board.World.CreateAsync("外币单", 100m, currency);
        var feed = await board.OpenAsync();

        await WithRateAsync(board.World, 7m, currency);

        var card = (await feed.UntilAsync(v => v.Find(id)?.Opportunity.AmountInBase is not null)).Find(id)!;
        Assert.Equal(new Money(70_000, "CNY"), card.Opportunity.AmountInBase);
    }

    // Rates are shared by every test of the class database, so each test rates a currency of its own.
    private static async Task<string> WithRateAsync(PipelineWorld world, decimal rate, string? currency = null)
    {
        currency ??= NewCurrency();
        world.SignInAsAdmin();
        await world.Host.Get<IExchangeRateService>().SetRateAsync(currency, new DateOnly(2026, 1, 1), rate, Token);
        world.SignInAsEastRep();

        return currency;
    }

    // Made-up codes XBA, XBB, ... (ISO keeps X codes for non-national use), apart from BoardTests' XA..
    private static string NewCurrency()
    {
        var next = Interlocked.Increment(ref _currencies);

        return new(['X', (char)('M' + next / 26 % 13), (char)('A' + next % 26)]);
    }
}
