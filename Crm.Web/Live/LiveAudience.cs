namespace Crm.Web.Live;

/// <summary>The kinds of record the hub carries; each has its own visibility rule and its own groups.</summary>
internal enum LiveRecordKind
{
    Opportunities,
    Accounts,
    Leads,
}

/// <summary>
/// Who may receive a message: whoever sees records of <see cref="Kind"/> owned by one of
/// <see cref="OwnerIds"/> (two owners when the owner changed) or, for leads, waiting in the queue
/// of one of <see cref="QueueTeamIds"/>. <see cref="PipelineId"/> lets connections that watch one
/// pipeline pick it out.
/// </summary>
internal sealed record LiveAudience(LiveRecordKind Kind, IReadOnlyList<Guid> OwnerIds, Guid? PipelineId = null)
{
    public IReadOnlyList<Guid> QueueTeamIds { get; init; } = [];
}

/// <summary>A record's owner and the team they are in now; null when no team is known for them.</summary>
internal sealed record OwnerPlace(Guid OwnerId, Guid? TeamId);
