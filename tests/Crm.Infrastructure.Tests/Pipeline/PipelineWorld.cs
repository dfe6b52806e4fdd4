using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>
/// People, accounts and a pipeline for one test, with fresh names so tests sharing a class
/// database never meet: 东区 has reps 王芳 and 李强, managed by 陈丽 from the sales office; 西区
/// has rep 赵敏; a
/// support agent sees customers but no opportunities. Stages: 初步接洽 10%, 方案报价 40%,
/// 商务谈判 70%, then 赢单 and 输单.
/// </summary>
public sealed class PipelineWorld
{
    private PipelineWorld(CrmTestHost host)
    {
        Host = host;
    }

    public CrmTestHost Host { get; }

    public Guid EastRep { get; private set; }

    public Guid EastTeammate { get; private set; }

    public Guid EastManager { get; private set; }

    public Guid WestRep { get; private set; }

    public Guid EastTeam { get; private set; }

    public Guid Agent { get; private set; }

    public Guid EastAccount { get; private set; }

    public Guid WestAccount { get; private set; }

    public SalesPipeline Pipeline { get; private set; } = default!;

    public Stage Qualify => Pipeline.Open(0);

    public Stage Propose => Pipeline.Open(1);

    public Stage Negotiate => Pipeline.Open(2);

    public IOpportunityService Opportunities => Host.Get<IOpportunityService>();

    public IPipelineService Pipelines => Host.Get<IPipelineService>();

    public static async Task<PipelineWorld> CreateAsync(CrmTestHost host)
    {
        var world = new PipelineWorld(host);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var east = await host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"东区 {tag}", TeamKind.Sales, "华东"));
        var west = await host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"西区 {tag}", TeamKind.Sales, "西南"));
        var office = await host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"销售管理 {tag}", TeamKind.Sales, "全国"));
        var support = await host.SaveNewAsync(new Team(Guid.CreateVersion7(), $"支持 {tag}", TeamKind.Support, "全国"));
        world.EastTeam = east.Id;
        world.EastRep = await world.AddUserAsync("王芳", east.Id);
        world.EastTeammate = await world.AddUserAsync("李强", east.Id);
        world.EastManager = await world.AddUserAsync("陈丽", office.Id);
        world.WestRep = await world.AddUserAsync("赵敏", west.Id);
        world.Agent = await world.AddUserAsync("客服小陈", support.Id);
        await host.ChangeAsync<Team>(east.Id, (t, _) => t.AppointManager(world.EastManager));
        world.EastAccount = (await host.SaveNewAsync(TestRecords.Account(host.Now, "华东制造", world.EastRep))).Id;
        world.WestAccount = (await host.SaveNewAsync(TestRecords.Account(host.Now, "西部食品", world.WestRep))).Id;
        world.Pipeline = await host.SaveNewAsync(NewPipeline($"新业务 {tag}", host.Now));
        world.SignInAsEastRep();

        return world;
    }

    public static SalesPipeline NewPipeline(string name, DateTime at) =>
        SalesPipeline.Create(
            Guid.CreateVersion7(), name,
            [
                new StageDraft(Guid.CreateVersion7(), "初步接洽", 10),
                new StageDraft(Guid.CreateVersion7(), "方案报价", 40, ForecastCategory.BestCase),
                new StageDraft(Guid.CreateVersion7(), "商务谈判", 70, ForecastCategory.Commit),
            ],
            new ClosingStages(Guid.CreateVersion7(), "赢单", Guid.CreateVersion7(), "输单"), at);

    public void SignInAsEastRep() => Host.Actor.SignIn(EastRep, Roles.SalesRep);

    public void SignInAsEastTeammate() => Host.Actor.SignIn(EastTeammate, Roles.SalesRep);

    public void SignInAsEastManager() => Host.Actor.SignIn(EastManager, Roles.SalesManager);

    public void SignInAsWestRep() => Host.Actor.SignIn(WestRep, Roles.SalesRep);

    public void SignInAsAgent() => Host.Actor.SignIn(Agent, Roles.SupportAgent);

    public void SignInAsAdmin() => Host.Actor.SignIn(Guid.CreateVersion7(), Roles.Admin);

    /// <summary>Creates an opportunity through the service as whoever is signed in.</summary>
    public Task<Guid> CreateAsync(
        string name = "MES 二期", decimal amount = 100_000m, string currency = "CNY", Guid? accountId = null,
        DateOnly? expectedClose = null, Guid? ownerId = null) =>
        Opportunities.CreateAsync(
            new NewOpportunity(
                name, accountId ?? EastAccount, Pipeline.Id, amount, currency,
                expectedClose ?? new DateOnly(2026, 6, 30), OwnerId: ownerId),
            TestContext.Current.CancellationToken);

    private async Task<Guid> AddUserAsync(string name, Guid teamId)
    {
        var email = $"{Guid.NewGuid():N}@test.crm";
        var user = new User(Guid.CreateVersion7(), name, email, teamId, "Asia/Shanghai", "zh-CN");

        return (await Host.SaveNewAsync(user)).Id;
    }
}

internal static class StageLookup
{
    public static Stage Open(this SalesPipeline pipeline, int index) =>
        pipeline.ActiveStages.Where(s => s.IsOpen).ElementAt(index);
}
