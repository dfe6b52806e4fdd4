using Crm.Domain.Common;
using Crm.Domain.Forecasting;

namespace Crm.Domain.Targets;

/// <summary>
/// What one rep or one sales team is to reach in one fiscal month or quarter, for one
/// <see cref="TargetMeasure"/>. There is at most one target per subject, period and measure; a
/// cleared target is soft-deleted and comes back when set again. <see cref="SetById"/> and
/// <see cref="SetAt"/> say who last set or cleared it and when.
/// </summary>
public sealed class Target : AggregateRoot
{
    public const int MaxPeriodKeyLength = 10;

    private Target(Guid id)
        : base(id)
    {
        PeriodKey = "";
    }

    /// <summary>The <see cref="FiscalPeriod.Key"/>: <c>2026-04</c> or <c>FY2026-Q1</c>.</summary>
    public string PeriodKey { get; private set; }

    public PeriodKind PeriodKind { get; private set; }

    public TargetSubjectKind SubjectKind { get; private set; }

    /// <summary>The rep's user id or the team's id.</summary>
    public Guid SubjectId { get; private set; }

    public TargetMeasure Measure { get; private set; }

    /// <summary>Minor units of <see cref="Currency"/> for a won amount; a count otherwise.</summary>
    public long Value { get; private set; }

    /// <summary>The base currency an amount target was set in; null for counts.</summary>
    public string? Currency { get; private set; }

    public Guid SetById { get; private set; }

    /// <summary>When the target was last set or cleared (UTC).</summary>
    public DateTime SetAt { get; private set; }

    public TargetSubject Subject => new(SubjectKind, SubjectId);

    public TargetValue Figure => new(Value, Currency);

    /// <summary>
    /// Sets a new target. Throws <see cref="DomainException"/> when the subject is not an active
    /// sales rep or sales team (<see cref="Require"/>) or the setter is missing.
    /// </summary>
    public static Target Set(
        Guid id, FiscalPeriod period, TargetSubject subject, TargetSubjectState state, TargetMeasure measure,
        TargetValue value, Guid setById, DateTime at)
    {
        Require(subject, state);
        var target = new Target(id)
        {
            PeriodKey = period.Key,
            PeriodKind = period.Kind,
            SubjectKind = subject.Kind,
            SubjectId = subject.Id,
            Measure = measure,
        };
        target.Apply(value, setById, at);

        return target;
    }

    /// <summary>Changes the figure, or brings a cleared target back with it.</summary>
    public void Change(TargetValue value, TargetSubjectState state, Guid setById, DateTime at)
    {
        Require(Subject, state);
        if (IsDeleted)
        {
            MarkRestored();
        }

        Apply(value, setById, at);
    }

    /// <summary>Removes the target: the period has none for this subject and measure any more.</summary>
    public void Clear(Guid clearedById, DateTime at)
    {
        MarkDeleted(at);
        SetById = Guard.NotEmpty(clearedById, "SetBy");
        SetAt = Clock.Utc(at);
        Record(new TargetChanged(Id, NextVersion, SetAt, PeriodKey, SubjectKind, SubjectId, Measure));
    }

    /// <summary>
    /// Throws <see cref="DomainException"/> (field "Subject") unless <paramref name="state"/> is
    /// <see cref="TargetSubjectState.Active"/>: "Subject.missing", "Subject.inactive" or
    /// "Subject.not-sales"; "Subject.kind" for an unknown kind.
    /// </summary>
    public static void Require(TargetSubject subject, TargetSubjectState state)
    {
        if (!Enum.IsDefined(subject.Kind))
        {
            throw new DomainException("Subject.kind", "A target is for a rep or a team.", "Subject");
        }

        if (state == TargetSubjectState.Active)
        {
            return;
        }

        var who = subject.Kind == TargetSubjectKind.Rep ? "rep" : "team";
        throw state switch
        {
            TargetSubjectState.Inactive => Error("Subject.inactive", $"The {who} is deactivated."),
            TargetSubjectState.NotSales => Error("Subject.not-sales", $"The {who} is not in sales."),
            _ => Error("Subject.missing", $"The {who} does not exist."),
        };
    }

    private static DomainException Error(string code, string message) => new(code, message, "Subject");

    private void Apply(TargetValue value, Guid setById, DateTime at)
    {
        var amount = Measure == TargetMeasure.WonAmount;
        if (value.Value < 0 || amount != (value.Currency is not null))
        {
            throw new DomainException("Value.invalid", "The figure does not fit the measure.", "Value");
        }

        Value = value.Value;
        Currency = value.Currency;
        SetById = Guard.NotEmpty(setById, "SetBy");
        SetAt = Clock.Utc(at);
        Record(new TargetChanged(Id, NextVersion, SetAt, PeriodKey, SubjectKind, SubjectId, Measure));
    }
}

/// <summary>A target was set, changed or cleared.</summary>
public sealed record TargetChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, string PeriodKey, TargetSubjectKind SubjectKind,
    Guid SubjectId, TargetMeasure Measure) : IDomainEvent;
