using Crm.Domain.Pipeline;
using Crm.Infrastructure.Seeding.Opportunities;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The demo company's two pipelines with how their opportunities usually move: 新业务 New
/// business (qualification to negotiation, about one in three won) and 续约 Renewals (three short
/// stages, most renewed). Stage ids are fixed, so stage history can be compared across seeds.
/// </summary>
internal static class DemoPipelines
{
    public const string NewBusinessName = "新业务";
    public const string RenewalsName = "续约";

    public static readonly Guid NewBusinessId = IdOf("new-business");

    public static SalesPipeline NewBusiness(DateTime at) => Create("new-business", NewBusinessName, at,
    [
        ("qualification", "线索确认", 10, ForecastCategory.Pipeline),
        ("needs-analysis", "需求分析", 25, ForecastCategory.Pipeline),
        ("proposal", "方案报价", 50, ForecastCategory.BestCase),
        ("negotiation", "商务谈判", 75, ForecastCategory.Commit),
    ], "赢单", "输单");

    public static SalesPipeline Renewals(DateTime at) => Create("renewals", RenewalsName, at,
    [
        ("upcoming", "待续约", 50, ForecastCategory.Pipeline),
        ("quote-sent", "续约报价", 70, ForecastCategory.BestCase),
        ("contract", "合同审批", 90, ForecastCategory.Commit),
    ], "已续约", "未续约");

    /// <summary>Qualification is short and loses the most; proposals wait longest for an answer.</summary>
    public static PipelineHabits NewBusinessHabits(SalesPipeline pipeline) => new(
        pipeline,
        [new StageHabit(3, 21, 0.30), new StageHabit(7, 35, 0.22), new StageHabit(10, 40, 0.25),
            new StageHabit(7, 45, 0.20)],
        QuoteStage: 2);

    /// <summary>Renewals move quickly and are rarely lost; the quote is sent in the second stage.</summary>
    public static PipelineHabits RenewalHabits(SalesPipeline pipeline) => new(
        pipeline,
        [new StageHabit(10, 40, 0.05), new StageHabit(7, 30, 0.08), new StageHabit(5, 25, 0.04)],
        QuoteStage: 1);

    public static Guid StageId(string pipelineKey, string stageKey) =>
        DeterministicGuid.From("demo:stage", $"{pipelineKey}/{stageKey}");

    private static SalesPipeline Create(
        string key, string name, DateTime at,
        (string Key, string Name, int Probability, ForecastCategory Category)[] open, string won, string lost)
    {
        var drafts = open.Select(s => new StageDraft(StageId(key, s.Key), s.Name, s.Probability, s.Category)).ToList();
        var closing = new ClosingStages(StageId(key, "won"), won, StageId(key, "lost"), lost);

        return SalesPipeline.Create(IdOf(key), name, drafts, closing, at);
    }

    private static Guid IdOf(string key) => DeterministicGuid.From("demo:pipeline", key);
}
