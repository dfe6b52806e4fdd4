using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

public sealed partial class Opportunity
{
    public const int MaxCloseReasonLength = 500;

    /// <summary>
    /// Moves the opportunity into <paramref name="stage"/> at <paramref name="at"/>, appending
    /// a history entry with the time spent in the stage it leaves. The stage must be an active
    /// stage of the same pipeline, and <paramref name="at"/> no earlier than the moment the
    /// current stage was entered. Reaching Won or Lost needs <paramref name="close"/> (reason
    /// and day) and drops any probability override; moving a closed opportunity back to an open
    /// stage reopens it and clears the close reason and day. Moving to the current stage
    /// changes nothing. Throws <see cref="DomainException"/> when a rule is broken.
    /// </summary>
    public void MoveTo(Stage stage, Guid movedById, DateTime at, CloseInfo? close = null)
    {
        if (stage.Id == StageId)
        {
            return;
        }

        var when = Clock.Utc(at);
        EnsureReachable(stage, when);
        var (reason, closedOn) = CloseDataFor(stage, close, when);
        var from = StageId;

        Enter(stage, Guard.NotEmpty(movedById, "MovedBy"), when);
        CloseReason = reason;
        ClosedOn = closedOn;
        if (stage.IsClosing)
        {
            ProbabilityOverride = null;
        }

        Record(new OpportunityStageChanged(
            Id, NextVersion, when, PipelineId, from, stage.Id, OwnerId, movedById, AmountMinorUnits, Currency, Status));
        if (closedOn is { } day)
        {
            Record(new OpportunityClosed(
                Id, NextVersion, when, PipelineId, stage.Id, OwnerId, Status == OpportunityStatus.Won,
                AmountMinorUnits, Currency, day));
        }
    }

    private void Enter(Stage stage, Guid byId, DateTime when)
    {
        TimeSpan? spent = StageChangeCount == 0 ? null : when - StageEnteredAt;
        Guid? from = StageChangeCount == 0 ? null : StageId;
        StageChangeCount++;
        _stageChanges.Add(new StageChange(Id, StageChangeCount, from, stage.Id, byId, when, spent, Amount));

        StageId = stage.Id;
        StageEnteredAt = when;
        Status = stage.Outcome switch
        {
            StageOutcome.Won => OpportunityStatus.Won,
            StageOutcome.Lost => OpportunityStatus.Lost,
            _ => OpportunityStatus.Open,
        };
    }

    private static Stage EnsureStartStage(Stage stage)
    {
        if (stage.IsRetired || stage.IsClosing)
        {
            throw new DomainException(
                "Stage.not-open", "A new opportunity starts in an active open stage.", "Stage");
        }

        return stage;
    }

    private void EnsureReachable(Stage stage, DateTime when)
    {
        if (stage.PipelineId != PipelineId)
        {
            throw new DomainException(
                "Stage.other-pipeline", "The stage belongs to another pipeline.", "Stage");
        }

        if (stage.IsRetired)
        {
            throw new DomainException("Stage.retired", "The stage is retired.", "Stage");
        }

        if (when < StageEnteredAt)
        {
            throw new DomainException(
                "MovedAt.before-current", "A move cannot happen before the current stage was entered.", "MovedAt");
        }
    }

    private static (string? Reason, DateOnly? ClosedOn) CloseDataFor(Stage stage, CloseInfo? close, DateTime when)
    {
        if (!stage.IsClosing)
        {
            return close is null
                ? (null, null)
                : throw new DomainException(
                    "Close.open-stage", "Only a move to Won or Lost takes a close reason and day.", "CloseReason");
        }

        if (close is null)
        {
            throw new DomainException(
                "CloseReason.required", "Say why the opportunity was won or lost.", nameof(CloseReason));
        }

        var reason = Guard.Required(close.Reason, nameof(CloseReason), MaxCloseReasonLength);
        // The day is the closer's local date, which can be a day ahead of the UTC date.
        if (close.ClosedOn == default || close.ClosedOn > DateOnly.FromDateTime(when).AddDays(1))
        {
            throw new DomainException(
                "ClosedOn.invalid", "The close day is required and cannot lie in the future.", nameof(ClosedOn));
        }

        return (reason, close.ClosedOn);
    }
}
