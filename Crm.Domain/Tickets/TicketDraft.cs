namespace Crm.Domain.Tickets;

/// <summary>
/// What a new ticket starts with. <see cref="TeamId"/> is the support team that owns
/// <see cref="QueueId"/>. A ticket has an account or a requester email (or both): someone must
/// be answerable. <see cref="RequesterName"/> and <see cref="RequesterEmail"/> are who wrote in
/// when that is not (yet) a known contact.
/// </summary>
public sealed record TicketDraft(
    string Subject,
    string? Description,
    TicketChannel Channel,
    TicketCategory Category,
    TicketPriority Priority,
    Guid QueueId,
    Guid TeamId)
{
    public Guid? AccountId { get; init; }

    public Guid? ContactId { get; init; }

    public string? RequesterName { get; init; }

    public string? RequesterEmail { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public Guid? OpportunityId { get; init; }

    /// <summary>The closed ticket a customer replied to, for a follow-up ticket.</summary>
    public Guid? FollowUpOfTicketId { get; init; }
}
