using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>Look-alikes across leads, contacts and accounts, on every provider.</summary>
public sealed class DuplicateFinderTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_EmailInOtherCase_MatchesTheLead(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var email = $"Wang.JG.{Unique()}@HuaChen.cn";
        var lead = await world.OwnedLeadAsync(world.EastRep, LeadWorld.Profile("王建国", email: email));
        world.SignInAsEastRep();

        var probe = new DuplicateProbe($" {email.ToLowerInvariant()} ", null, null);
        var match = Assert.Single(await world.Duplicates.FindAsync(probe, Ct));

        Assert.Equal((DuplicateKind.Lead, lead, "王建国", MatchedOn.Email),
            (match.Kind, match.Id, match.Name, match.MatchedOn));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_MobileWithCountryCode_MatchesTheContactsMobile(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var mobile = "139" + Unique();
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, "上海瀚海精密机械", world.EastRep));
        await host.SaveNewAsync(Contact.Create(Guid.CreateVersion7(), account.Id,
            new ContactDetails("周杰", null, null, mobile, null, null), host.Now));
        world.SignInAsEastRep();

        var probe = new DuplicateProbe(null, $"+86 {mobile[..3]} {mobile[3..7]} {mobile[7..]}", null);
        var match = Assert.Single(await world.Duplicates.FindAsync(probe, Ct));

        Assert.Equal((DuplicateKind.Contact, "周杰", "上海瀚海精密机械", MatchedOn.Phone),
            (match.Kind, match.Name, match.Detail, match.MatchedOn));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_CompanyWithoutLegalSuffix_MatchesTheAccount(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var name = $"上海华辰{Unique()}科技";
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, $"{name}股份有限公司", world.EastRep));
        world.SignInAsEastRep();

        var match = Assert.Single(await world.Duplicates.FindAsync(new DuplicateProbe(null, null, name), Ct));

        Assert.Equal((DuplicateKind.Account, account.Id, MatchedOn.Company), (match.Kind, match.Id, match.MatchedOn));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_LandlineWithCountryCode_MatchesTheAccountsPhone(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var digits = Unique();
        var account = TestRecords.Account(host.Now, "深圳前海物流", world.EastRep);
        account.UpdateProfile(TestRecords.Profile("深圳前海物流", phone: $"0755-{digits}"), host.Now);
        await host.SaveNewAsync(account);
        world.SignInAsEastRep();

        var matches = await world.Duplicates.FindAsync(new DuplicateProbe(null, $"+86 755 {digits}", null), Ct);

        Assert.Equal([account.Id], matches.Select(m => m.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_Match_SaysWhoCreatedItAndWhen(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var name = $"杭州云帆{Unique()}网络";
        world.SignInAsEastManager();
        await host.SaveNewAsync(TestRecords.Account(host.Now, name, world.EastRep));
        world.SignInAsEastRep();

        var match = Assert.Single(await world.Duplicates.FindAsync(new DuplicateProbe(null, null, name), Ct));

        Assert.Equal((new RecordCreator(CreatorKind.User, "陈丽"), host.Now), (match.CreatedBy, match.CreatedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_AccountOfAnotherTeam_ReportsTheMatchWithoutNameOrId(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var name = $"广州珠江{Unique()}制药";
        await host.SaveNewAsync(TestRecords.Account(host.Now, name, world.SouthRep));
        world.SignInAsEastRep();

        var match = Assert.Single(await world.Duplicates.FindAsync(new DuplicateProbe(null, null, name), Ct));

        Assert.Equal((null, null, null, MatchedOn.Company), (match.Id, match.Name, match.CreatedBy, match.MatchedOn));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_DeletedAccount_IsNotReported(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var name = $"苏州工业园{Unique()}电子";
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, name, world.EastRep));
        await host.ChangeAsync<Account>(account.Id, (a, at) => a.Delete(at));
        world.SignInAsEastRep();

        Assert.Empty(await world.Duplicates.FindAsync(new DuplicateProbe(null, null, name), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_OneRecordMatchingOnSeveralValues_ListsItOnceWithEach(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var (company, email) = ($"宁波港城{Unique()}贸易", $"{Unique()}@ningbo.cn");
        await world.OwnedLeadAsync(world.EastRep, LeadWorld.Profile(null, company, email: email));
        world.SignInAsEastRep();

        var match = Assert.Single(await world.Duplicates.FindAsync(new DuplicateProbe(email, null, company), Ct));

        Assert.Equal(MatchedOn.Email | MatchedOn.Company, match.MatchedOn);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_LeadLikeAnExistingAccount_ShowsItAmongItsDuplicates(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var name = $"成都天府{Unique()}软件";
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, $"{name}有限公司", world.EastRep));
        await world.RouteEveryLeadToAsync(world.EastRep);
        world.SignInAsEastRep();

        var lead = await world.Leads.CreateAsync(LeadServiceTests.Input(LeadWorld.Profile("刘备", name)), Ct);
        var view = await world.Leads.GetAsync(lead.Id, Ct);

        Assert.Equal(1, view.DuplicatesOnArrival);
        Assert.Equal([account.Id], view.Duplicates.Select(d => d.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_RecordCreatedAfterTheLeadArrived_IsNotAmongItsDuplicates(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        var name = $"武汉光谷{Unique()}光电";
        await host.SaveNewAsync(TestRecords.Account(host.Now, name, world.EastRep));
        await world.RouteEveryLeadToAsync(world.EastRep);
        world.SignInAsEastRep();
        var lead = await world.Leads.CreateAsync(LeadServiceTests.Input(LeadWorld.Profile("曹操", name)), Ct);
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        await world.OwnedLeadAsync(world.EastRep, LeadWorld.Profile("孙权", name));
        var view = await world.Leads.GetAsync(lead.Id, Ct);

        Assert.Equal([DuplicateKind.Account], view.Duplicates.Select(d => d.Kind));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_SupportAgent_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await LeadWorld.CreateAsync(host);
        world.SignInAsAgent();

        await Assert.ThrowsAsync<ForbiddenException>(
            () => world.Duplicates.FindAsync(new DuplicateProbe("a@b.cn", null, null), Ct));
    }

    [Fact]
    public async Task FindAsync_NothingToCompare_ReturnsNoMatches()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        var world = await LeadWorld.CreateAsync(host);
        world.SignInAsEastRep();

        var matches = await world.Duplicates.FindAsync(new DuplicateProbe(" ", "n/a", "有限公司"), Ct);

        Assert.Empty(matches);
    }

    // Eight digits: a unique phone tail, or a unique part of a name or email, per test.
    private static string Unique() => Random.Shared.Next(10_000_000, 99_999_999).ToString();
}
