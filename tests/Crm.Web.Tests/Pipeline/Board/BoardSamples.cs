using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Web.Tests.Common;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>
/// A pipeline 新业务 with stages 初步接洽 10%, 方案报价 40%, 商务谈判 70%, 赢单 and 输单, and
/// cards built the way the board store builds them (base amounts by the real converter: CNY
/// base, USD at 7.2).
/// </summary>
internal static class BoardSamples
{
    public static readonly Guid PipelineId = Guid.Parse("0195b000-0000-7000-8000-000000000001");
    public static readonly Guid Qualify = Guid.Parse("0195b000-0000-7000-8000-000000000011");
    public static readonly Guid Propose = Guid.Parse("0195b000-0000-7000-8000-000000000012");
    public static readonly Guid Negotiate = Guid.Parse("0195b000-0000-7000-8000-000000000013");
    public static readonly Guid Won = Guid.Parse("0195b000-0000-7000-8000-000000000014");
    public static readonly Guid Lost = Guid.Parse("0195b000-0000-7000-8000-000000000015");
    public static readonly Guid EastTeam = Guid.Parse("0195b000-0000-7000-8000-000000000021");
    public static readonly Guid Colleague = Guid.Parse("0195b000-0000-7000-8000-000000000031");

    public static readonly DateOnly Today = DateOnly.FromDateTime(CrmTestContext.Now.AddHours(8));

    public static readonly CurrencyConverter Converter =
        new("CNY", Today, [new RatePoint("USD", new DateOnly(2026, 1, 1), 7.2m)]);

    public static Guid Me => new FakeCurrentUser().Actor.UserId;

    public static PipelineView Pipeline => new(PipelineId, 1, "新业务",
    [
        Stage(Qualify, "初步接洽", 1, 10, ForecastCategory.Pipeline, StageOutcome.Open),
        Stage(Propose, "方案报价", 2, 40, ForecastCategory.BestCase, StageOutcome.Open),
        Stage(Negotiate, "商务谈判", 3, 70, ForecastCategory.Commit, StageOutcome.Open),
        Stage(Won, "赢单", 4, 100, ForecastCategory.Closed, StageOutcome.Won),
        Stage(Lost, "输单", 5, 0, ForecastCategory.Closed, StageOutcome.Lost),
    ]);

    public static BoardSnapshot Snapshot(params BoardCard[] cards) =>
        BoardSnapshot.Create(Pipeline, cards, Converter, new DateOnly(2026, 2, 1));

    /// <summary>A card as loaded: created by its owner a week ago, unless a move is given.</summary>
    public static BoardCard Card(
        string name, Guid? stageId = null, decimal amount = 100_000m, string currency = "CNY", int version = 1,
        Guid? ownerId = null, string ownerName = "王芳", DateOnly? expectedClose = null, BoardMove? lastMove = null,
        int probability = 10)
    {
        var owner = ownerId ?? Me;
        var opportunity = new OpportunityCard(
            Guid.CreateVersion7(), version, name, Guid.CreateVersion7(), $"{name} 客户", owner, ownerName,
            stageId ?? Qualify, Money.Of(amount, currency), null, probability, null,
            expectedClose ?? new DateOnly(2026, 6, 30), null, CrmTestContext.Now.AddDays(-7));
        var move = lastMove ?? new BoardMove(null, owner, ownerName, CrmTestContext.Now.AddDays(-7));
        var card = new BoardCard(opportunity, PipelineId, OpportunityStatus.Open, null, EastTeam, "华东销售一组", move);

        return BoardSnapshot.Converted(card, Converter);
    }

    /// <summary>The card as the board has it after someone moved it to another stage just now.</summary>
    public static BoardCard MovedBy(BoardCard card, Guid stageId, Guid byId, string byName, int probability = 40) =>
        BoardSnapshot.Converted(
            card with
            {
                Opportunity = card.Opportunity with
                {
                    StageId = stageId, Version = card.Version + 1, Probability = probability,
                    StageEnteredAt = CrmTestContext.Now.AddSeconds(-1),
                },
                LastMove = new BoardMove(card.StageId, byId, byName, CrmTestContext.Now.AddSeconds(-1)),
            },
            Converter);

    private static StageView Stage(
        Guid id, string name, int order, int probability, ForecastCategory category, StageOutcome outcome) =>
        new(id, name, order, probability, category, outcome, false);
}
