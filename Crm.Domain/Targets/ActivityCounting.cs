using Crm.Domain.Activities;

namespace Crm.Domain.Targets;

/// <summary>
/// Which logged activities count toward an activity target: calls that reached someone, emails,
/// WeChat messages, meetings and visits, in either direction. Notes are not interactions; a
/// call with no answer or only a voicemail reached nobody. The activity belongs to the person
/// who logged it, on its business day (<see cref="Activity.OccurredAt"/> in the organisation's
/// time zone). Deleted activities never count.
/// </summary>
public static class ActivityCounting
{
    public static readonly IReadOnlyList<ActivityKind> CountedKinds =
        [ActivityKind.Call, ActivityKind.Email, ActivityKind.WeChat, ActivityKind.Meeting, ActivityKind.Visit];

    /// <summary>Call outcomes that mean nobody was reached: such calls do not count.</summary>
    public static readonly IReadOnlyList<ActivityOutcome> UnansweredCallOutcomes =
        [ActivityOutcome.NoAnswer, ActivityOutcome.Voicemail];

    public static bool Counts(ActivityKind kind, ActivityOutcome outcome) =>
        CountedKinds.Contains(kind)
        && !(kind == ActivityKind.Call && UnansweredCallOutcomes.Contains(outcome));
}
