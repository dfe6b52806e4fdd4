using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Pipeline;

/// <summary>
/// The columns lists and boards read, in one SQL projection; amounts are converted afterwards
/// with the operation's <see cref="CurrencyConverter"/>.
/// </summary>
internal sealed record OpportunityData(
    Guid Id,
    int Version,
    string Name,
    Guid AccountId,
    string AccountName,
    Guid OwnerId,
    string OwnerName,
    Guid PipelineId,
    Guid StageId,
    string StageName,
    OpportunityStatus Status,
    long AmountMinorUnits,
    string Currency,
    int Probability,
    DateOnly ExpectedCloseDate,
    DateOnly? ClosedOn,
    string? NextStep,
    DateTime StageEnteredAt)
{
    public static IQueryable<OpportunityData> Project(CrmDbContext db, IQueryable<Opportunity> opportunities) =>
        from o in opportunities
        join s in db.Set<Stage>() on o.StageId equals s.Id
        join a in db.Accounts on o.AccountId equals a.Id
        select new OpportunityData(
            o.Id, o.Version, o.Name, o.AccountId, a.Name, o.OwnerId,
            db.CrmUsers.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            o.PipelineId, o.StageId, s.Name, o.Status, o.AmountMinorUnits, o.Currency,
            o.ProbabilityOverride ?? s.DefaultProbability, o.ExpectedCloseDate, o.ClosedOn, o.NextStep,
            o.StageEnteredAt);

    public Money Amount => new(AmountMinorUnits, Currency);

    /// <summary>Open amounts at today's rate, closed ones at the rate of their close day.</summary>
    public Money? AmountInBase(CurrencyConverter converter) => converter.TryToBase(Amount, ClosedOn);

    public Money? WeightedInBase(CurrencyConverter converter) =>
        AmountInBase(converter) is { } inBase ? Domain.Pipeline.Probability.Weigh(inBase, Probability) : null;

    public OpportunityRow ToRow(CurrencyConverter converter) =>
        new(Id, Version, Name, AccountId, AccountName, OwnerId, OwnerName, PipelineId, StageId, StageName, Status,
            Amount, AmountInBase(converter), Probability, WeightedInBase(converter), ExpectedCloseDate, ClosedOn,
            StageEnteredAt);

    public OpportunityCard ToCard(CurrencyConverter converter) =>
        new(Id, Version, Name, AccountId, AccountName, OwnerId, OwnerName, StageId, Amount, AmountInBase(converter),
            Probability, WeightedInBase(converter), ExpectedCloseDate, NextStep, StageEnteredAt);
}
