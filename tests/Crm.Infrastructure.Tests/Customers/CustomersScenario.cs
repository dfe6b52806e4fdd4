using Crm.Domain.Customers;
using Crm.Domain.Teams;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Customers;

/// <summary>
/// Two sales teams and an admin: 东区 has reps 王芳 and 李强, 西区 has rep 赵敏; a support agent
/// and a marketing user see everything read-only.
/// </summary>
public sealed class CustomersScenario(SqliteTestDatabase database)
{
    public Guid EastRep { get; private set; }

    public Guid EastTeammate { get; private set; }

    public Guid WestRep { get; private set; }

    public Guid Admin { get; private set; }

    public Guid Agent { get; private set; }

    public Guid Marketer { get; private set; }

    public IAccountService Accounts => database.Service<IAccountService>();

    public IAccountLookups Lookups => database.Service<IAccountLookups>();

    public static async Task<CustomersScenario> CreateAsync(SqliteTestDatabase database)
    {
        var scenario = new CustomersScenario(database);
        var east = await database.AddTeamAsync("东区销售");
        var west = await database.AddTeamAsync("西区销售");
        var office = await database.AddTeamAsync("总部");
        scenario.EastRep = await database.AddUserAsync("王芳", east);
        scenario.EastTeammate = await database.AddUserAsync("李强", east);
        scenario.WestRep = await database.AddUserAsync("赵敏", west);
        scenario.Admin = await database.AddUserAsync("管理员", office);
        scenario.Agent = await database.AddUserAsync("客服小陈", office);
        scenario.Marketer = await database.AddUserAsync("市场小刘", office);

        return scenario;
    }

    public void SignInAsEastRep() => database.User.SignIn(EastRep, Roles.SalesRep);

    public void SignInAsWestRep() => database.User.SignIn(WestRep, Roles.SalesRep);

    public void SignInAsAdmin() => database.User.SignIn(Admin, Roles.Admin);

    public void SignInAsAgent() => database.User.SignIn(Agent, Roles.SupportAgent);

    public void SignInAsMarketer() => database.User.SignIn(Marketer, Roles.Marketing);

    /// <summary>Creates an account as whoever is signed in, owned by <paramref name="ownerId"/>.</summary>
    public Task<Guid> CreateAccountAsync(
        string name, Guid? ownerId = null, string region = "华东", IReadOnlyList<string>? tags = null,
        string? city = null, AccountTier tier = AccountTier.Standard) =>
        Accounts.CreateAsync(
            new AccountInput(Profile(name, region, city, tier), tags ?? [], ownerId, null),
            TestContext.Current.CancellationToken);

    public static AccountProfile Profile(
        string name, string region = "华东", string? city = null, AccountTier tier = AccountTier.Standard) =>
        new(name, AccountKind.Company, Industry.Technology, tier, region, "021-5555-0100", null, null, city, null);

    public static AccountQuery Query(
        string? text = null, AccountSort sort = AccountSort.Name, bool descending = false) =>
        new(Text: text, Sort: sort, Descending: descending);
}
