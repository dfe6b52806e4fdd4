using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Customers;

public sealed class AccountLookupsTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqliteTestDatabase _database = default!;
    private CustomersScenario _scenario = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _scenario = await CustomersScenario.CreateAsync(_database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AssignableOwnersAsync_SalesRep_ReturnsOwnTeamInPinyinOrder()
    {
        _scenario.SignInAsEastRep();

        var owners = await _scenario.Lookups.AssignableOwnersAsync(Ct);

        Assert.Equal(["李强", "王芳"], owners.Select(o => o.Name));
    }

    [Fact]
    public async Task AssignableOwnersAsync_Admin_ReturnsEveryActiveUser()
    {
        var east = await _database.AddTeamAsync("东区二组");
        await _database.AddUserAsync("离职员工", east, active: false);
        _scenario.SignInAsAdmin();

        var owners = await _scenario.Lookups.AssignableOwnersAsync(Ct);

        Assert.Equal(6, owners.Count);
    }

    [Fact]
    public async Task AssignableOwnersAsync_Marketing_ReturnsNobody()
    {
        _scenario.SignInAsMarketer();

        var owners = await _scenario.Lookups.AssignableOwnersAsync(Ct);

        Assert.Empty(owners);
    }

    [Fact]
    public async Task TagsAsync_Prefix_ReturnsDistinctVisibleTagsStartingWithIt()
    {
        _scenario.SignInAsWestRep();
        await _scenario.CreateAccountAsync("西部矿业", tags: ["重点客户-西"]);
        _scenario.SignInAsEastRep();
        await _scenario.CreateAccountAsync("东方电气", tags: ["重点客户", "制造"]);
        await _scenario.CreateAccountAsync("东海物流", tags: ["重点客户", "物流"]);

        var tags = await _scenario.Lookups.TagsAsync("重点", cancellationToken: Ct);

        Assert.Equal(["重点客户"], tags);
    }

    [Fact]
    public async Task RegionsAsync_VisibleAccounts_ReturnsDistinctRegionsInPinyinOrder()
    {
        _scenario.SignInAsEastRep();
        await _scenario.CreateAccountAsync("东方电气", region: "华东");
        await _scenario.CreateAccountAsync("北方重工", region: "东北");
        await _scenario.CreateAccountAsync("东海物流", region: "华东");

        var regions = await _scenario.Lookups.RegionsAsync(Ct);

        Assert.Equal(["东北", "华东"], regions);
    }

    [Fact]
    public async Task FindAccountsAsync_Text_ReturnsOnlyVisibleMatches()
    {
        _scenario.SignInAsWestRep();
        await _scenario.CreateAccountAsync("西部电气");
        _scenario.SignInAsEastRep();
        await _scenario.CreateAccountAsync("东方电气");

        var accounts = await _scenario.Lookups.FindAccountsAsync("电气", cancellationToken: Ct);

        Assert.Equal("东方电气", Assert.Single(accounts).Name);
    }
}
