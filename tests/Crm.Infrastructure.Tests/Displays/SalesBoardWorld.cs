using Crm.Domain.Activities;
using Crm.Domain.Forecasting;
using Crm.Domain.Pipeline;
using Crm.Domain.Targets;
using Crm.Infrastructure.Displays.Boards;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>
/// A <see cref="PipelineWorld"/> (东区: 王芳 and 李强; a fresh pipeline) seen by a wall display
/// of 东区 over the current month: March 2026, as the host's clock reads Monday 2 March, 17:00
/// in Shanghai, and no organisation settings are saved (CNY, January fiscal year, Monday to
/// Friday). Opportunities are created and moved through the real services, as 王芳 unless said.
/// </summary>
internal sealed class SalesBoardWorld
{
    public static readonly DateOnly March2 = new(2026, 3, 2);

    private SalesBoardWorld(PipelineWorld pipeline)
    {
        Pipeline = pipeline;
    }

    public PipelineWorld Pipeline { get; }

    public CrmTestHost Host => Pipeline.Host;

    public ISalesBoards Boards => Host.Get<ISalesBoards>();

    /// <summary>东区 on this world's pipeline, this month.</summary>
    public SalesBoardScope East => new(Pipeline.EastTeam, Pipeline.Pipeline.Id, PeriodKind.Month);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<SalesBoardWorld> CreateAsync(CrmTestHost host) =>
        new(await PipelineWorld.CreateAsync(host));

    public Task<IBoardWatch<SalesBoard>> WatchAsync(SalesBoardScope? scope = null) =>
        Boards.WatchAsync(scope ?? East, () => { }, Token);

    public Task<BoardProbe<SalesBoard>> ProbeAsync(SalesBoardScope? scope = null) =>
        BoardProbe<SalesBoard>.StartAsync(
            (onChanged, token) => Boards.WatchAsync(scope ?? East, onChanged, token));

    /// <summary>An opportunity of <paramref name="ownerId"/> (王芳 by default), closing in March.</summary>
    public async Task<Guid> CreateAsync(decimal amount, Guid? ownerId = null, DateOnly? expectedClose = null)
    {
        Pipeline.SignInAsAdmin();
        var created = await Pipeline.CreateAsync(
            amount: amount, ownerId: ownerId ?? Pipeline.EastRep,
            expectedClose: expectedClose ?? new(2026, 3, 31));
        Pipeline.SignInAsEastRep();

        return created;
    }

    /// <summary>Moves the opportunity on, as an admin; returns its new version.</summary>
    public async Task<int> MoveAsync(Guid id, int version, Stage stage)
    {
        Pipeline.SignInAsAdmin();
        var close = stage.IsOpen ? null : new CloseInfo("签约", March2);
        var moved = await Pipeline.Opportunities.MoveToStageAsync(id, version, stage.Id, close, Token);
        Pipeline.SignInAsEastRep();

        return moved;
    }

    public Task<int> WinAsync(Guid id, int version) => MoveAsync(id, version, Pipeline.Pipeline.WonStage);

    /// <summary>Sets a won-amount target of March 2026, in yuan, as an admin.</summary>
    public async Task SetTargetAsync(TargetSubject subject, decimal amount)
    {
        Pipeline.SignInAsAdmin();
        await Host.Get<ITargetService>().SetAsync(
            new TargetInput("2026-03", subject, TargetMeasure.WonAmount, amount, 0), Token);
        Pipeline.SignInAsEastRep();
    }

    /// <summary>An activity <paramref name="userId"/> logged on an account of their own.</summary>
    public async Task LogAsync(Guid userId, ActivityKind kind, DateTime occurredAt)
    {
        var account = await Host.SaveNewAsync(TestRecords.Account(Host.Now, ownerId: userId));
        var entry = new ActivityEntry(
            kind, ActivityDirection.Outbound, occurredAt, null, ActivityOutcome.Reached, "跟进", null);
        var activity = Activity.Log(Guid.CreateVersion7(), account.Id, null, null, entry, userId, Host.Now);
        await Host.SaveNewAsync(activity);
    }
}
