using Crm.Domain.Common;

namespace Crm.Domain.Displays;

/// <summary>
/// A wall display was set up, edited, given a new address, revoked or deleted. Screens showing
/// it read it again; <see cref="IsLive"/> false means its address opens nothing any more.
/// </summary>
public sealed record DisplayChanged(Guid AggregateId, int Version, DateTime OccurredAt, bool IsLive) : IDomainEvent;
