using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// The columns of one board card in one SQL statement: the opportunity with its stage and
/// account, the owner's name and team, and its newest stage history entry with the mover's name.
/// Base amounts are filled in afterwards with the snapshot's converter.
/// </summary>
internal sealed class BoardCardRow
{
    public Guid Id { get; init; }

    public int Version { get; init; }

    public string Name { get; init; } = "";

    public Guid AccountId { get; init; }

    public string AccountName { get; init; } = "";

    public Guid OwnerId { get; init; }

    public string? OwnerName { get; init; }

    public Guid? TeamId { get; init; }

    public string? TeamName { get; init; }

    public Guid PipelineId { get; init; }

    public Guid StageId { get; init; }

    public OpportunityStatus Status { get; init; }

    public long AmountMinorUnits { get; init; }

    public string Currency { get; init; } = "";

    public int Probability { get; init; }

    public DateOnly ExpectedCloseDate { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public string? NextStep { get; init; }

    public DateTime StageEnteredAt { get; init; }

    public Guid? FromStageId { get; init; }

    public Guid? MovedById { get; init; }

    public string? MovedByName { get; init; }

    public static IQueryable<BoardCardRow> Project(CrmDbContext db, IQueryable<Opportunity> opportunities) =>
        from o in opportunities
        join s in db.Set<Stage>() on o.StageId equals s.Id
        join a in db.Accounts on o.AccountId equals a.Id
        join u in db.CrmUsers on o.OwnerId equals u.Id into owners
        from u in owners.DefaultIfEmpty()
        join h in db.StageChanges on new { o.Id, Sequence = o.StageChangeCount }
            equals new { Id = h.OpportunityId, h.Sequence } into moves
        from h in moves.DefaultIfEmpty()
        select new BoardCardRow
        {
            Id = o.Id,
            Version = o.Version,
            Name = o.Name,
            AccountId = o.AccountId,
            AccountName = a.Name,
            OwnerId = o.OwnerId,
            OwnerName = u.DisplayName,
            TeamId = u.TeamId,
            TeamName = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault(),
            PipelineId = o.PipelineId,
            StageId = o.StageId,
            Status = o.Status,
            AmountMinorUnits = o.AmountMinorUnits,
            Currency = o.Currency,
            Probability = o.ProbabilityOverride ?? s.DefaultProbability,
            ExpectedCloseDate = o.ExpectedCloseDate,
            ClosedOn = o.ClosedOn,
            NextStep = o.NextStep,
            StageEnteredAt = o.StageEnteredAt,
            FromStageId = h.FromStageId,
            MovedById = h.MovedById,
            MovedByName = db.CrmUsers.Where(m => m.Id == h.MovedById).Select(m => m.DisplayName).FirstOrDefault(),
        };

    public BoardCard ToCard()
    {
        var card = new OpportunityCard(
            Id, Version, Name, AccountId, AccountName, OwnerId, OwnerName ?? "", StageId,
            new Money(AmountMinorUnits, Currency), null, Probability, null, ExpectedCloseDate, NextStep,
            StageEnteredAt);
        var move = new BoardMove(FromStageId, MovedById ?? OwnerId, MovedByName ?? "", StageEnteredAt);

        return new BoardCard(card, PipelineId, Status, ClosedOn, TeamId ?? Guid.Empty, TeamName ?? "", move);
    }
}
