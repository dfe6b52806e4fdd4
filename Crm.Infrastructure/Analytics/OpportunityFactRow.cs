using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The columns of one opportunity fact in one SQL statement: the opportunity with its stage's
/// category and default probability, its account's region, industry and tier, and its owner's
/// team. Stage visits come from a second statement; the base amount is filled in with the
/// table's converter.
/// </summary>
internal sealed class OpportunityFactRow
{
    public Guid Id { get; init; }

    public int Version { get; init; }

    public Guid PipelineId { get; init; }

    public Guid StageId { get; init; }

    public OpportunityStatus Status { get; init; }

    public ForecastCategory Category { get; init; }

    public int Probability { get; init; }

    public Guid OwnerId { get; init; }

    public Guid? TeamId { get; init; }

    public Guid AccountId { get; init; }

    public string Region { get; init; } = "";

    public Industry Industry { get; init; }

    public AccountTier Tier { get; init; }

    public long AmountMinorUnits { get; init; }

    public string Currency { get; init; } = "";

    public DateOnly ExpectedCloseDate { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public DateTime StageEnteredAt { get; init; }

    public string? CloseReason { get; init; }

    public static IQueryable<OpportunityFactRow> Project(CrmDbContext db, IQueryable<Opportunity> opportunities) =>
        from o in opportunities
        join s in db.Set<Stage>() on o.StageId equals s.Id
        join a in db.Accounts on o.AccountId equals a.Id
        join u in db.CrmUsers on o.OwnerId equals u.Id into owners
        from u in owners.DefaultIfEmpty()
        select new OpportunityFactRow
        {
            Id = o.Id,
            Version = o.Version,
            PipelineId = o.PipelineId,
            StageId = o.StageId,
            Status = o.Status,
            Category = s.Category,
            Probability = o.ProbabilityOverride ?? s.DefaultProbability,
            OwnerId = o.OwnerId,
            TeamId = (Guid?)u.TeamId,
            AccountId = o.AccountId,
            Region = a.Region,
            Industry = a.Industry,
            Tier = a.Tier,
            AmountMinorUnits = o.AmountMinorUnits,
            Currency = o.Currency,
            ExpectedCloseDate = o.ExpectedCloseDate,
            ClosedOn = o.ClosedOn,
            StageEnteredAt = o.StageEnteredAt,
            CloseReason = o.CloseReason,
        };

    /// <summary>
    /// The fact, with <paramref name="visits"/> (its stage history as stays, oldest first);
    /// created at the first visit's entry. Repeated texts (region, currency, close reason) are
    /// taken from <paramref name="texts"/>, so a million rows hold each distinct text once.
    /// </summary>
    public OpportunityFact ToFact(
        ImmutableArray<StageVisit> visits, CurrencyConverter converter, TextPool texts)
    {
        var fact = new OpportunityFact
        {
            Id = Id, Version = Version, PipelineId = PipelineId, StageId = StageId, Status = Status,
            Category = Category, Probability = Probability, OwnerId = OwnerId, TeamId = TeamId,
            AccountId = AccountId, Region = texts.Of(Region), Industry = Industry, Tier = Tier,
            AmountMinorUnits = AmountMinorUnits, Currency = texts.Of(Currency), AmountBase = null,
            ExpectedCloseDate = ExpectedCloseDate, ClosedOn = Status == OpportunityStatus.Open ? null : ClosedOn,
            CreatedAt = visits.IsEmpty ? StageEnteredAt : visits[0].EnteredAt, CloseReason = texts.Of(CloseReason),
            Visits = visits.IsEmpty ? [new StageVisit(StageId, StageEnteredAt, null)] : visits,
        };

        return Converted(fact, converter);
    }

    /// <summary>The fact with its base amount by the rule: today's rate while open, else the close day's.</summary>
    public static OpportunityFact Converted(OpportunityFact fact, CurrencyConverter converter) =>
        fact with
        {
            AmountBase = converter.TryToBase(
                new Money(fact.AmountMinorUnits, fact.Currency), fact.IsOpen ? null : fact.ClosedOn)?.MinorUnits,
        };
}
