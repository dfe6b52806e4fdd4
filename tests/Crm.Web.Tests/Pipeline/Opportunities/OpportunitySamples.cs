using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Tests.Common;

namespace Crm.Web.Tests.Pipeline.Opportunities;

/// <summary>
/// A pipeline 新业务 (初步接洽 10%, 方案报价 40%, 商务谈判 70%, 赢单, 输单) and opportunities in
/// it on 华东制造, owned by the signed-in rep 王芳; what a test cares about are its arguments.
/// </summary>
public static class OpportunitySamples
{
    public static readonly Guid AccountId = Guid.Parse("0195a000-0000-7000-8000-0000000000a1");

    public static readonly Guid Owner = Guid.Parse("0195a000-0000-7000-8000-000000000001");

    public static readonly Guid Colleague = Guid.Parse("0195a000-0000-7000-8000-000000000002");

    public static readonly PipelineView Pipeline = new(
        Guid.Parse("0195a000-0000-7000-8000-0000000000b1"), 1, "新业务",
        [
            Stage(1, "初步接洽", 10, StageOutcome.Open),
            Stage(2, "方案报价", 40, StageOutcome.Open),
            Stage(3, "商务谈判", 70, StageOutcome.Open),
            Stage(4, "赢单", 100, StageOutcome.Won),
            Stage(5, "输单", 0, StageOutcome.Lost),
        ]);

    public static StageView Qualify => Pipeline.Stages[0];

    public static StageView Propose => Pipeline.Stages[1];

    public static StageView Won => Pipeline.Stages[3];

    public static OpportunityView View(
        string name = "MES 二期", decimal amount = 120_000m, int version = 3, IReadOnlyList<LineView>? lines = null,
        IReadOnlyList<StageHistoryEntry>? history = null, bool canEdit = true)
    {
        var now = CrmTestContext.Now;
        var money = Money.Of(amount, "CNY");
        history ??=
        [
            new StageHistoryEntry(
                1, null, null, Qualify.Id, Qualify.Name, Owner, "王芳", now.AddDays(-10), null, money),
            new StageHistoryEntry(
                2, Qualify.Id, Qualify.Name, Propose.Id, Propose.Name, Colleague, "陈丽", now.AddDays(-7),
                TimeSpan.FromDays(3), money),
        ];

        return new OpportunityView(
            Guid.CreateVersion7(), version,
            new OpportunityDetails(name, null, new DateOnly(2026, 6, 30), "周五前发报价", ["用友", "金蝶"]),
            AccountId, "华东制造", null, Owner, "王芳", Pipeline.Id, Pipeline.Name, Propose.Id, Propose.Name,
            OpportunityStatus.Open, lines is { Count: > 0 } ? AmountMode.LineItems : AmountMode.Manual, money, money,
            null, 40, Probability.Weigh(money, 40), null, null, null, history[^1].MovedAt, history[0].MovedAt,
            lines ?? [], history, canEdit);
    }

    public static LineView Line(string description, decimal quantity, decimal unitPrice, decimal discount = 0)
    {
        var price = Money.Of(unitPrice, "CNY");
        var total = OpportunityLine.TotalOf(quantity, price.MinorUnits, discount);

        return new LineView(
            Guid.CreateVersion7(), null, null, description, quantity, price, discount, new Money(total, "CNY"));
    }

    public static OpportunityRow Row(string name, string stage, decimal amount, OpportunityStatus status) =>
        new(Guid.CreateVersion7(), 1, name, AccountId, "华东制造", Owner, "王芳", Pipeline.Id, Propose.Id, stage,
            status, Money.Of(amount, "CNY"), Money.Of(amount, "CNY"), 40, Money.Of(amount * 0.4m, "CNY"),
            new DateOnly(2026, 6, 30), status == OpportunityStatus.Open ? null : new DateOnly(2026, 2, 1),
            CrmTestContext.Now);

    public static OpportunityFieldChange Change(string field, string? from, string? to, int version) =>
        new(field, from, to, Colleague, "陈丽", CrmTestContext.Now.AddMinutes(-2), version);

    private static StageView Stage(int order, string name, int probability, StageOutcome outcome) =>
        new(Guid.Parse($"0195a000-0000-7000-8000-0000000000c{order}"), name, order, probability,
            outcome == StageOutcome.Open ? ForecastCategory.Pipeline : ForecastCategory.Closed, outcome, false);
}
