using Crm.Domain.Common;

namespace Crm.Infrastructure.FollowUps;

/// <summary>
/// A new follow-up task. A null <see cref="AssigneeId"/> means the caller; a null
/// <see cref="AccountId"/> makes it a personal task. <see cref="DueAt"/> is UTC.
/// <see cref="Related"/> is a record of the account the task is about (an opportunity).
/// </summary>
public sealed record FollowUpInput(
    string Subject, DateTime DueAt, Guid? AssigneeId = null, Guid? AccountId = null, RecordLink? Related = null);

/// <summary>One task as lists show it. Times are UTC.</summary>
public sealed record FollowUpItem(
    Guid Id,
    int Version,
    string Subject,
    DateTime DueAt,
    bool IsDone,
    DateTime? CompletedAt,
    Guid AssigneeId,
    string AssigneeName,
    Guid? AccountId,
    string? AccountName,
    bool CanChange);

/// <summary>Someone a task can be given to.</summary>
public sealed record AssigneeOption(Guid Id, string DisplayName);

/// <summary>An account's open tasks and whether the caller may add more there.</summary>
public sealed record AccountTaskList(IReadOnlyList<FollowUpItem> Open, bool CanAdd);
