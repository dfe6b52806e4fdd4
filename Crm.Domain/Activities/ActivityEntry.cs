namespace Crm.Domain.Activities;

/// <summary>What a person records about one interaction.</summary>
public sealed record ActivityEntry(
    ActivityKind Kind,
    ActivityDirection Direction,
    DateTime OccurredAt,
    TimeSpan? Duration,
    ActivityOutcome Outcome,
    string Subject,
    string? Body);
