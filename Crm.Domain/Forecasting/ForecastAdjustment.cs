using Crm.Domain.Common;

namespace Crm.Domain.Forecasting;

/// <summary>
/// A manager's adjustment of a rep's or a team's forecast for one period: an amount in the base
/// currency's minor units added to the unadjusted forecast (closed won + commit), with the
/// reason. Adjustments are never changed: every change is a new row with the next
/// <see cref="Revision"/> for the same subject and period, and the highest revision is the one
/// in force. Clearing an adjustment is a new revision with a delta of zero. A new revision
/// records <see cref="ForecastAdjusted"/>, so open forecast pages read their figures again.
/// </summary>
public sealed class ForecastAdjustment : AggregateRoot
{
    public const int MaxNoteLength = 1000;
    public const int MaxPeriodKeyLength = 16;

    public ForecastAdjustment(
        Guid id, ForecastSubjectKind subjectKind, Guid subjectId, string periodKey, int revision, long delta,
        string note, Guid byId, DateTime at)
        : base(id)
    {
        SubjectKind = subjectKind is ForecastSubjectKind.Rep or ForecastSubjectKind.Team
            ? subjectKind
            : throw new DomainException("ForecastAdjustment.SubjectKind.invalid",
                "Only a rep's or a team's forecast is adjusted.", nameof(SubjectKind));
        SubjectId = Guard.NotEmpty(subjectId, nameof(SubjectId));
        PeriodKey = Guard.Required(periodKey, nameof(PeriodKey), MaxPeriodKeyLength);
        Revision = revision >= 1
            ? revision
            : throw new DomainException("ForecastAdjustment.Revision.invalid", "Revisions start at 1.",
                nameof(Revision));
        Delta = delta;
        Note = Guard.Required(note, nameof(Note), MaxNoteLength);
        ById = Guard.NotEmpty(byId, nameof(ById));
        At = Clock.Utc(at);
        Record(new ForecastAdjusted(Id, 1, At, SubjectKind, SubjectId, PeriodKey, Revision));
    }

    public ForecastSubjectKind SubjectKind { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>The <see cref="FiscalPeriod.Key"/> of the period adjusted.</summary>
    public string PeriodKey { get; private set; }

    /// <summary>1 for the first adjustment of the subject in the period, then one more per change.</summary>
    public int Revision { get; private set; }

    /// <summary>Base-currency minor units added to the forecast; negative lowers it.</summary>
    public long Delta { get; private set; }

    public string Note { get; private set; }

    public Guid ById { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>
    /// The adjustment that follows <paramref name="current"/> (the one in force, or null for the
    /// first) for the same subject and period.
    /// </summary>
    public static ForecastAdjustment Next(
        ForecastAdjustment? current, ForecastSubjectKind subjectKind, Guid subjectId, string periodKey, long delta,
        string note, Guid byId, DateTime at) =>
        new(Guid.CreateVersion7(), subjectKind, subjectId, periodKey, (current?.Revision ?? 0) + 1, delta, note,
            byId, at);

    /// <summary>The adjustment in force per subject among <paramref name="adjustments"/> of one period.</summary>
    public static IReadOnlyDictionary<(ForecastSubjectKind Kind, Guid SubjectId), ForecastAdjustment> InForce(
        IEnumerable<ForecastAdjustment> adjustments, string periodKey) =>
        adjustments.Where(a => a.PeriodKey == periodKey)
            .GroupBy(a => (a.SubjectKind, a.SubjectId))
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Revision)!);
}

/// <summary>
/// A new revision of a forecast adjustment was saved. Carries no amount: a subscriber reads the
/// forecast again through its own visibility.
/// </summary>
public sealed record ForecastAdjusted(
    Guid AggregateId, int Version, DateTime OccurredAt, ForecastSubjectKind SubjectKind, Guid SubjectId,
    string PeriodKey, int Revision) : IDomainEvent;
