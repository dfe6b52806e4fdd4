using Crm.Domain.Common;

namespace Crm.Domain.Notifications;

/// <summary>
/// An event about one person's notifications. It carries the recipient, so a live subscriber
/// (the bell of a signed-in user) keeps only its own without reading the database.
/// </summary>
public interface INotificationEvent : IDomainEvent
{
    Guid RecipientId { get; }
}

public sealed record NotificationCreated(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid RecipientId, NotificationKind Kind)
    : INotificationEvent;

public sealed record NotificationRead(Guid AggregateId, int Version, DateTime OccurredAt, Guid RecipientId)
    : INotificationEvent;

public sealed record NotificationUnread(Guid AggregateId, int Version, DateTime OccurredAt, Guid RecipientId)
    : INotificationEvent;
