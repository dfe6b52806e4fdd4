using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>
/// One entry of an opportunity's stage history: it entered <see cref="ToStageId"/> at
/// <see cref="MovedAt"/> (the business moment), coming from <see cref="FromStageId"/> after
/// <see cref="TimeInPreviousStage"/>. The entry written at creation has no previous stage.
/// Entries are only ever appended, in <see cref="Sequence"/> order, and saved with the change
/// that made them.
/// </summary>
public sealed class StageChange
{
    private StageChange()
    {
        Currency = "";
    }

    internal StageChange(
        Guid opportunityId, int sequence, Guid? fromStageId, Guid toStageId, Guid movedById, DateTime movedAt,
        TimeSpan? timeInPreviousStage, Money amount)
        : this()
    {
        Id = Guid.CreateVersion7();
        OpportunityId = opportunityId;
        Sequence = sequence;
        FromStageId = fromStageId;
        ToStageId = toStageId;
        MovedById = movedById;
        MovedAt = movedAt;
        TimeInPreviousStage = timeInPreviousStage;
        AmountMinorUnits = amount.MinorUnits;
        Currency = amount.Currency;
    }

    public Guid Id { get; private set; }

    public Guid OpportunityId { get; private set; }

    /// <summary>1 for the creation entry, then one more for every move.</summary>
    public int Sequence { get; private set; }

    /// <summary>Null on the creation entry.</summary>
    public Guid? FromStageId { get; private set; }

    public Guid ToStageId { get; private set; }

    public Guid MovedById { get; private set; }

    /// <summary>When the opportunity entered <see cref="ToStageId"/> (UTC business time).</summary>
    public DateTime MovedAt { get; private set; }

    /// <summary>How long it stayed in <see cref="FromStageId"/>; null on the creation entry.</summary>
    public TimeSpan? TimeInPreviousStage { get; private set; }

    /// <summary>The opportunity's amount at the moment of the move, for conversion analysis.</summary>
    public long AmountMinorUnits { get; private set; }

    public string Currency { get; private set; }
}
