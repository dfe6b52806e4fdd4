using Crm.Domain.Analytics;
using Crm.Domain.Organization;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Forecasting;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Forecasting;

/// <summary>
/// A fiscal year starting in April, today 2026-05-11 (FY2026-Q1: April to June). 东区 has reps
/// 王芳 and 李强 and is managed by 陈丽 from the sales office; 西区 has rep 赵敏 and its own
/// manager. Fresh names and ids per test, so tests sharing the class database never meet. Facts:
/// <code>
/// 王芳  won 2026-04-20 3 000 000; open commit 2026-06-10 2 000 000 × 70 %
/// 李强  open best case 2026-05-30 1 000 000 × 40 %
/// 赵敏  open commit 2026-06-01 500 000 × 80 %
/// </code>
/// </summary>
public sealed class ForecastWorld : IAsyncDisposable
{
    private ForecastWorld(CrmTestHost host, FakeOpportunityFacts facts)
    {
        Host = host;
        Facts = facts;
    }

    public CrmTestHost Host { get; }

    public FakeOpportunityFacts Facts { get; }

    public IForecastService Forecasts => Host.Get<IForecastService>();

    public Guid East { get; private set; }

    public Guid West { get; private set; }

    public Guid Wang { get; private set; }

    public Guid Li { get; private set; }

    public Guid Zhao { get; private set; }

    public Guid Chen { get; private set; }

    public Guid WestManager { get; private set; }

    public Guid Agent { get; private set; }

    public static async Task<ForecastWorld> StartAsync(MigratedDatabases databases, DatabaseProvider provider)
    {
        var facts = new FakeOpportunityFacts();
        var host = await databases.StartHostAsync(provider, services =>
        {
            services.AddSingleton<IOpportunityFacts>(facts);

            // The app registers the forecast with the analytics that feed it; until both are
            // in AddCrmInfrastructure, the test adds it on top.
            if (services.All(d => d.ServiceType != typeof(IForecastService)))
            {
                services.AddCrmForecasting();
            }
        });
        var world = new ForecastWorld(host, facts);
        await world.EnsureAprilFiscalYearAsync();
        await world.AddPeopleAsync();
        facts.Rows = [.. world.Fixture()];

        return world;
    }

    public void SignInAsChen() => Host.Actor.SignIn(Chen, Roles.SalesManager);

    public void SignInAsWestManager() => Host.Actor.SignIn(WestManager, Roles.SalesManager);

    public void SignInAsWang() => Host.Actor.SignIn(Wang, Roles.SalesRep);

    public void SignInAsAgent() => Host.Actor.SignIn(Agent, Roles.SupportAgent);

    public void SignInAsAdmin() => Host.Actor.SignIn(Guid.CreateVersion7(), Roles.Admin);

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>
    /// Moves today and every fact by whole years, so a test of snapshots has periods and ISO
    /// weeks of its own in the class database (FY2027-Q1 for one year, and so on).
    /// </summary>
    public void ShiftYears(int years)
    {
        Facts.Today = Facts.Today.AddYears(years);
        Facts.Rows = [.. Facts.Rows.Select(f => f with
        {
            ExpectedCloseDate = f.ExpectedCloseDate.AddYears(years),
            ClosedOn = f.ClosedOn?.AddYears(years),
            CreatedAt = f.CreatedAt.AddYears(years),
        })];
        Host.Clock.Advance(TimeSpan.FromDays(365.25 * years));
    }

    /// <summary>Replaces the first open fact of <paramref name="owner"/> with its changed copy.</summary>
    public OpportunityFact Change(Guid owner, Func<OpportunityFact, OpportunityFact> change)
    {
        var old = Facts.Rows.First(f => f.OwnerId == owner && f.IsOpen);
        var changed = change(old);
        Facts.Rows = Facts.Rows.Replace(old, changed);

        return changed;
    }

    private IEnumerable<OpportunityFact> Fixture() =>
    [
        FakeOpportunityFacts.Fact(Wang, East, OpportunityStatus.Won, ForecastCategory.Closed, 3_000_000, 100,
            new DateOnly(2026, 4, 20), new DateOnly(2026, 4, 20)),
        FakeOpportunityFacts.Fact(Wang, East, OpportunityStatus.Open, ForecastCategory.Commit, 2_000_000, 70,
            new DateOnly(2026, 6, 10)),
        FakeOpportunityFacts.Fact(Li, East, OpportunityStatus.Open, ForecastCategory.BestCase, 1_000_000, 40,
            new DateOnly(2026, 5, 30)),
        FakeOpportunityFacts.Fact(Zhao, West, OpportunityStatus.Open, ForecastCategory.Commit, 500_000, 80,
            new DateOnly(2026, 6, 1)),
    ];

    // One settings row per database; every test of a class wants the same April start.
    private async Task EnsureAprilFiscalYearAsync()
    {
        await using var db = await Host.OpenAsync();
        var settings = await db.Organization.SingleOrDefaultAsync(TestContext.Current.CancellationToken);
        if (settings is null)
        {
            settings = new OrganizationSettings("测试公司", "CNY", "Asia/Shanghai");
            db.Add(settings);
        }

        settings.ChangeFiscalYearStart(4);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private async Task AddPeopleAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        East = (await Host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"东区 {tag}", TeamKind.Sales, "华东"))).Id;
        West = (await Host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"西区 {tag}", TeamKind.Sales, "西南"))).Id;
        var office = await Host.SaveNewAsync(
            new Team(Guid.CreateVersion7(), $"销售管理 {tag}", TeamKind.Sales, "全国"));
        var support = await Host.SaveNewAsync(
            new Team(Guid.CreateVersion7(), $"支持 {tag}", TeamKind.Support, "全国"));
        Wang = await AddUserAsync("王芳", East);
        Li = await AddUserAsync("李强", East);
        Zhao = await AddUserAsync("赵敏", West);
        Chen = await AddUserAsync("陈丽", office.Id);
        WestManager = await AddUserAsync("周杰", office.Id);
        Agent = await AddUserAsync("客服小陈", support.Id);
        await Host.ChangeAsync<Team>(East, (t, _) => t.AppointManager(Chen));
        await Host.ChangeAsync<Team>(West, (t, _) => t.AppointManager(WestManager));
    }

    private async Task<Guid> AddUserAsync(string name, Guid teamId)
    {
        var user = new User(Guid.CreateVersion7(), name, $"{Guid.NewGuid():N}@test.crm", teamId, "Asia/Shanghai",
            "zh-CN");

        return (await Host.SaveNewAsync(user)).Id;
    }
}
