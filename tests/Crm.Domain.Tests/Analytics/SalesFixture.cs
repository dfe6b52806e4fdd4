using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Sales;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Analytics;

/// <summary>
/// Six opportunities of one pipeline, worked out by hand in the tests that read them. Times are
/// UTC; the organisation is in Asia/Shanghai (UTC+8), so 2026-11-30 17:00Z is 1 December there.
/// <code>
///    owner created      path                               status      amount (base)  close
/// A  rep1  12-02 02:00  Qualify→Needs→Proposal→Won         won 12-20   100,000.00
/// B  rep1  12-05 02:00  Qualify→Needs→Qualify (moved back) open 20 %   50,000.00      expected 12-28
/// C  rep1  12-10 02:00  Qualify→Lost                       lost 12-12  30,000.00      "Price"
/// D  rep2  11-30 17:00  Qualify→Proposal (skipped)→Lost    lost 12-15  20,000.00      " price "
/// E  rep2  11-10 03:00  Qualify→Won                        won 12-03   72,000.00 (from USD)
/// F  rep2  12-08 02:00  Qualify→Needs                      open 40 %   no rate        expected 2027-01-15
/// </code>
/// </summary>
internal static class SalesFixture
{
    public static readonly Guid PipelineId = Guid.NewGuid();
    public static readonly Guid Rep1 = Guid.NewGuid();
    public static readonly Guid Rep2 = Guid.NewGuid();
    public static readonly FunnelStage Qualify = new(Guid.NewGuid(), "Qualify", 1, StageOutcome.Open);
    public static readonly FunnelStage Needs = new(Guid.NewGuid(), "Needs", 2, StageOutcome.Open);
    public static readonly FunnelStage Proposal = new(Guid.NewGuid(), "Proposal", 3, StageOutcome.Open);
    public static readonly FunnelStage Won = new(Guid.NewGuid(), "Won", 4, StageOutcome.Won);
    public static readonly FunnelStage Lost = new(Guid.NewGuid(), "Lost", 5, StageOutcome.Lost);
    public static readonly IReadOnlyList<FunnelStage> Stages = [Lost, Won, Proposal, Needs, Qualify];

    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly SalesFilter December =
        new(new DateRange(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)), Shanghai);

    public static readonly IReadOnlyList<OpportunityFact> Facts =
    [
        Fact(Rep1, 10_000_000, OpportunityStatus.Won, closedOn: Day(12, 20),
            visits: [(Qualify, At(12, 2)), (Needs, At(12, 4)), (Proposal, At(12, 10)), (Won, At(12, 20))]),
        Fact(Rep1, 5_000_000, OpportunityStatus.Open, probability: 20, expected: Day(12, 28),
            visits: [(Qualify, At(12, 5)), (Needs, At(12, 6)), (Qualify, At(12, 9))]),
        Fact(Rep1, 3_000_000, OpportunityStatus.Lost, closedOn: Day(12, 12), reason: "Price",
            visits: [(Qualify, At(12, 10)), (Lost, At(12, 12))]),
        Fact(Rep2, 2_000_000, OpportunityStatus.Lost, closedOn: Day(12, 15), reason: " price ",
            visits: [(Qualify, Utc(11, 30, 17)), (Proposal, Utc(12, 1, 17)), (Lost, At(12, 15))]),
        Fact(Rep2, 7_200_000, OpportunityStatus.Won, closedOn: Day(12, 3),
            visits: [(Qualify, Utc(11, 10, 3)), (Won, Utc(12, 3, 3))]),
        Fact(Rep2, null, OpportunityStatus.Open, probability: 40, expected: new DateOnly(2027, 1, 15),
            visits: [(Qualify, At(12, 8)), (Needs, At(12, 9))]),
    ];

    public static OpportunityFact Named(char letter) => Facts[letter - 'A'];

    private static OpportunityFact Fact(
        Guid owner, long? amountBase, OpportunityStatus status, (FunnelStage Stage, DateTime At)[] visits,
        DateOnly? closedOn = null, int probability = 100, DateOnly? expected = null, string? reason = null)
    {
        var stays = visits.Select((v, i) =>
            new StageVisit(v.Stage.Id, v.At, i + 1 < visits.Length ? visits[i + 1].At : null));

        return new OpportunityFact
        {
            Id = Guid.NewGuid(),
            Version = 1,
            PipelineId = PipelineId,
            StageId = visits[^1].Stage.Id,
            Status = status,
            Category = status == OpportunityStatus.Open ? ForecastCategory.Pipeline : ForecastCategory.Closed,
            Probability = status == OpportunityStatus.Won ? 100 : status == OpportunityStatus.Lost ? 0 : probability,
            OwnerId = owner,
            TeamId = null,
            AccountId = Guid.NewGuid(),
            Region = "华东",
            Industry = Industry.Manufacturing,
            Tier = AccountTier.Standard,
            AmountMinorUnits = amountBase ?? 1_000_000,
            Currency = amountBase is null ? "EUR" : "CNY",
            AmountBase = amountBase,
            ExpectedCloseDate = expected ?? closedOn ?? Day(12, 31),
            ClosedOn = closedOn,
            CreatedAt = visits[0].At,
            CloseReason = reason,
            Visits = [.. stays],
        };
    }

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    // 02:00Z is 10:00 in Shanghai, the same day.
    private static DateTime At(int month, int day) => Utc(month, day, 2);

    private static DateTime Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);
}
