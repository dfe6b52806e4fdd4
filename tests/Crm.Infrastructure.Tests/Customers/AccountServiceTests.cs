using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Customers;

public sealed class AccountServiceTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqliteTestDatabase _database = default!;
    private CustomersScenario _scenario = default!;

    public static TheoryData<AccountSort, bool> Sorts()
    {
        var data = new TheoryData<AccountSort, bool>();
        foreach (var sort in Enum.GetValues<AccountSort>())
        {
            data.Add(sort, false);
            data.Add(sort, true);
        }

        return data;
    }

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _scenario = await CustomersScenario.CreateAsync(_database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SearchAsync_SalesRep_SeesOwnAndTeamAccountsButNotOtherTeams()
    {
        _scenario.SignInAsAdmin();
        await _scenario.CreateAccountAsync("东方电气", _scenario.EastRep);
        await _scenario.CreateAccountAsync("东海物流", _scenario.EastTeammate);
        await _scenario.CreateAccountAsync("西部矿业", _scenario.WestRep);
        _scenario.SignInAsEastRep();

        var page = await _scenario.Accounts.SearchAsync(new AccountQuery(), Ct);

        Assert.Equal(["东方电气", "东海物流"], page.Items.Select(r => r.Name).Order());
        Assert.Equal(2, page.TotalCount);
    }

    [Fact]
    public async Task GetAsync_AccountOfAnotherTeam_ThrowsNotFound()
    {
        _scenario.SignInAsWestRep();
        var id = await _scenario.CreateAccountAsync("西部矿业");
        _scenario.SignInAsEastRep();

        await Assert.ThrowsAsync<NotFoundException>(() => _scenario.Accounts.GetAsync(id, Ct));
    }

    [Fact]
    public async Task GetAsync_MarketingUser_SeesAccountButCannotEdit()
    {
        _scenario.SignInAsEastRep();
        var id = await _scenario.CreateAccountAsync("东方电气");
        _scenario.SignInAsMarketer();

        var details = await _scenario.Accounts.GetAsync(id, Ct);

        Assert.False(details.CanEdit);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConcurrencyConflict()
    {
        _scenario.SignInAsEastRep();
        var id = await _scenario.CreateAccountAsync("东方电气");
        await UpdateAsync(id, 1, "东方电气集团");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => UpdateAsync(id, 1, "东方电气有限公司"));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_LeavesAccountAsTheOtherUserSavedIt()
    {
        _scenario.SignInAsEastRep();
        var id = await _scenario.CreateAccountAsync("东方电气");
        await UpdateAsync(id, 1, "东方电气集团");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => UpdateAsync(id, 1, "东方电气有限公司"));
        var details = await _scenario.Accounts.GetAsync(id, Ct);

        Assert.Equal("东方电气集团", details.Profile.Name);
        Assert.Equal(2, details.Version);
    }

    [Fact]
    public async Task UpdateAsync_ChangedNameAndTier_WritesFieldHistoryRows()
    {
        _scenario.SignInAsEastRep();
        var id = await _scenario.CreateAccountAsync("东方电气");
        var profile = CustomersScenario.Profile("东方电气集团", tier: AccountTier.Key);

        await _scenario.Accounts.UpdateAsync(id, 1, new AccountInput(profile, [], null, null), Ct);
        await using var db = await _database.OpenAsync();
        var changes = await db.FieldChanges.Where(f => f.EntityId == id).ToListAsync(Ct);

        Assert.Contains(changes, c => c is { Field: "Name", OldValue: "东方电气", NewValue: "东方电气集团" });
        Assert.Contains(changes, c => c is { Field: "Tier", OldValue: "Standard", NewValue: "Key" });
        Assert.All(changes, c => Assert.Equal(_scenario.EastRep, c.ChangedById));
    }

    [Fact]
    public async Task SearchAsync_SortByName_FollowsPinyinOrder()
    {
        _scenario.SignInAsEastRep();
        foreach (var name in new[] { "张氏贸易", "成都软件", "阿里云计算", "北京建工" })
        {
            await _scenario.CreateAccountAsync(name);
        }

        var page = await _scenario.Accounts.SearchAsync(CustomersScenario.Query(), Ct);

        Assert.Equal(["阿里云计算", "北京建工", "成都软件", "张氏贸易"], page.Items.Select(r => r.Name));
    }

    [Fact]
    public async Task SearchAsync_TwoCharacterChineseName_FindsAccount()
    {
        _scenario.SignInAsEastRep();
        await _scenario.CreateAccountAsync("华为");
        await _scenario.CreateAccountAsync("华润万家");

        var page = await _scenario.Accounts.SearchAsync(CustomersScenario.Query("华为"), Ct);

        Assert.Equal("华为", Assert.Single(page.Items).Name);
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task SearchAsync_EachSort_RunsOnSqliteWithAllColumns(AccountSort sort, bool descending)
    {
        _scenario.SignInAsEastRep();
        var first = await _scenario.CreateAccountAsync("东方电气", city: "上海", tier: AccountTier.Key);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        await _scenario.CreateAccountAsync("东海物流", _scenario.EastTeammate, city: "宁波");
        await LogActivityAsync(first);

        var query = CustomersScenario.Query(sort: sort, descending: descending);
        var page = await _scenario.Accounts.SearchAsync(query, Ct);

        Assert.Equal(2, page.Items.Count);
        Assert.NotNull(page.Items.Single(r => r.Id == first).LastActivityAt);
    }

    [Fact]
    public async Task SearchAsync_AllFilters_ReturnsOnlyTheMatchingAccount()
    {
        _scenario.SignInAsEastRep();
        await _scenario.CreateAccountAsync("东方电气", region: "华东", tags: ["重点", "制造"], tier: AccountTier.Key);
        await _scenario.CreateAccountAsync("东方物流", region: "华东", tags: ["制造"], tier: AccountTier.Key);
        var query = new AccountQuery(
            "东方", Industry.Technology, AccountTier.Key, "华东", _scenario.EastRep, "重点", AccountSort.Owner);

        var page = await _scenario.Accounts.SearchAsync(query, Ct);

        Assert.Equal("东方电气", Assert.Single(page.Items).Name);
    }

    [Fact]
    public async Task CreateAsync_InvalidEmail_ThrowsFieldErrorAndSavesNothing()
    {
        _scenario.SignInAsEastRep();
        var profile = CustomersScenario.Profile("东方电气") with { Email = "not-an-email" };

        var error = await Assert.ThrowsAsync<DomainException>(
            () => _scenario.Accounts.CreateAsync(new AccountInput(profile, [], null, null), Ct));
        var page = await _scenario.Accounts.SearchAsync(new AccountQuery(), Ct);

        Assert.Equal("Email", error.Field);
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task RestoreAsync_DeletedAccount_IsVisibleAgain()
    {
        _scenario.SignInAsEastRep();
        var id = await _scenario.CreateAccountAsync("东方电气");
        await _scenario.Accounts.DeleteAsync(id, 1, Ct);
        await Assert.ThrowsAsync<NotFoundException>(() => _scenario.Accounts.GetAsync(id, Ct));

        await _scenario.Accounts.RestoreAsync(id, Ct);

        Assert.Equal("东方电气", (await _scenario.Accounts.GetAsync(id, Ct)).Profile.Name);
    }

    private Task UpdateAsync(Guid id, int expectedVersion, string name) =>
        _scenario.Accounts.UpdateAsync(
            id, expectedVersion, new AccountInput(CustomersScenario.Profile(name), [], null, null), Ct);

    private async Task LogActivityAsync(Guid accountId)
    {
        var now = _database.Clock.GetUtcNow().UtcDateTime;
        var entry = new ActivityEntry(
            ActivityKind.Call, ActivityDirection.Outbound, now.AddHours(-1), null, ActivityOutcome.Reached, "回访", null);
        await using var db = await _database.OpenAsync();
        db.Activities.Add(Activity.Log(Guid.CreateVersion7(), accountId, null, null, entry, _scenario.EastRep, now));
        await db.SaveChangesAsync(Ct);
    }
}
