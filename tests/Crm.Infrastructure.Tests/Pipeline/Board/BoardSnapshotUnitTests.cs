using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Tests.Pipeline.Board;

/// <summary>The snapshot's own bookkeeping, without a database: cards filed by id and by owner.</summary>
public sealed class BoardSnapshotUnitTests
{
    private static readonly Guid Stage = Guid.CreateVersion7();
    private static readonly Guid Alice = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();

    [Fact]
    public void With_CardGivenToAnotherOwner_IsFiledUnderTheNewOwnerOnly()
    {
        var card = Card(Alice);
        var snapshot = Snapshot(card);

        var moved = snapshot.With(card with { Opportunity = card.Opportunity with { OwnerId = Bob, Version = 2 } });

        Assert.Empty(moved.CardsOf(Scope(Alice)));
        Assert.Equal([card.Id], moved.CardsOf(Scope(Bob)).Select(c => c.Id));
    }

    [Fact]
    public void With_CardClosedBeforeTheWindow_TakesItOff()
    {
        var card = Card(Alice);
        var snapshot = Snapshot(card);

        var closed = snapshot.With(card with { Status = OpportunityStatus.Won, ClosedOn = new DateOnly(2025, 12, 31) });

        Assert.Empty(closed.Cards);
        Assert.Empty(closed.CardsOf(Scope(Alice)));
    }

    [Fact]
    public void With_AnyChange_AdvancesTheRevision()
    {
        var snapshot = Snapshot();

        var next = snapshot.With(Card(Alice));

        Assert.Equal(snapshot.Revision + 1, next.Revision);
    }

    [Fact]
    public void ClosedSince_TwoMonths_IsTheFirstDayOfThePreviousMonth()
    {
        var options = new BoardOptions { ClosedMonths = 2 };

        Assert.Equal(new DateOnly(2026, 2, 1), options.ClosedSince(new DateOnly(2026, 3, 17)));
    }

    private static VisibilityScope Scope(Guid owner) => new(false, [owner]);

    private static BoardSnapshot Snapshot(params BoardCard[] cards) =>
        BoardSnapshot.Create(
            new PipelineView(Guid.Empty, 1, "新业务",
                [new StageView(Stage, "初步接洽", 1, 10, ForecastCategory.Pipeline, StageOutcome.Open, false)]),
            cards, new CurrencyConverter("CNY", new DateOnly(2026, 3, 2), []), new DateOnly(2026, 2, 1));

    private static BoardCard Card(Guid owner) =>
        new(
            new OpportunityCard(
                Guid.CreateVersion7(), 1, "MES 二期", Guid.CreateVersion7(), "华东制造", owner, "王芳", Stage,
                new Money(100, "CNY"), null, 10, null, new DateOnly(2026, 6, 30), null, DateTime.UtcNow),
            Guid.Empty, OpportunityStatus.Open, null, Guid.CreateVersion7(), "东区",
            new BoardMove(null, owner, "王芳", DateTime.UtcNow));
}
