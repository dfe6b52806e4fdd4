using Crm.Domain.Activities;
using Crm.Infrastructure.Activities;
using Crm.Web.Common;

namespace Crm.Web.Activities;

/// <summary>What the log dialog edits. <see cref="OccurredAt"/> is wall-clock time in the user's zone.</summary>
internal sealed class ActivityForm
{
    /// <summary>Field names as domain errors name them, so errors land next to the right input.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["Direction", "OccurredAt", "Duration", "Outcome", "Subject", "Body", "Contact"];

    public ActivityKind Kind { get; set; }

    public ActivityDirection Direction { get; set; }

    /// <summary>The time as the datetime-local input holds it; see <see cref="OccurredAt"/>.</summary>
    public string? OccurredAtText { get; set; }

    public DateTime? OccurredAt => LocalDateTimeText.Parse(OccurredAtText);

    public int? DurationMinutes { get; set; }

    public ActivityOutcome Outcome { get; set; }

    public string Subject { get; set; } = "";

    public string? Body { get; set; }

    public Guid? ContactId { get; set; }

    public static ActivityForm New(ActivityKind kind, DateTime localNow, Guid? contactId) => new()
    {
        Kind = kind,
        Direction = ActivityKindStyle.HasDirection(kind) ? ActivityDirection.Outbound : ActivityDirection.None,
        OccurredAtText = LocalDateTimeText.Format(localNow),
        ContactId = contactId,
    };

    public static ActivityForm From(ActivityItem item, UserTimeZone zone) => new()
    {
        Kind = item.Kind,
        Direction = item.Direction,
        OccurredAtText = LocalDateTimeText.Format(zone.ToLocal(item.OccurredAt)),
        DurationMinutes = item.Duration is { } d ? (int)Math.Round(d.TotalMinutes) : null,
        Outcome = item.Outcome,
        Subject = item.Subject,
        Body = item.Body,
        ContactId = item.ContactId,
    };

    /// <summary>Checks what the server would reject anyway, so an obvious slip costs no round trip.</summary>
    public IEnumerable<(string Field, string Code)> Problems()
    {
        if (string.IsNullOrWhiteSpace(Subject))
        {
            yield return ("Subject", "Subject.required");
        }

        if (OccurredAt is null)
        {
            yield return ("OccurredAt", "OccurredAt.required");
        }

        if (ActivityKindStyle.HasDuration(Kind) && DurationMinutes is < 0 or > 24 * 60)
        {
            yield return ("Duration", "Duration.range");
        }
    }

    public ActivityEntry ToEntry(UserTimeZone zone) => new(
        Kind,
        ActivityKindStyle.HasDirection(Kind) ? Direction : ActivityDirection.None,
        zone.ToUtc(OccurredAt ?? zone.Now),
        ActivityKindStyle.HasDuration(Kind) && DurationMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
        ActivityKindStyle.HasOutcome(Kind) ? Outcome : ActivityOutcome.None,
        Subject,
        Body);
}
