using Crm.Domain.Common;
using Crm.Domain.Notifications;

namespace Crm.Infrastructure.Notifications;

/// <summary>
/// What a producer wants someone to know: the recipient, the kind, the record it is about, and
/// the values the text mentions (names under <see cref="NotificationArguments"/>).
/// </summary>
public sealed record NotificationDraft(Guid RecipientId, NotificationKind Kind, RecordLink? Target)
{
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();

    /// <summary>Who caused it; null for the system (a job, an automatic rule).</summary>
    public Guid? ActorId { get; init; }

    /// <summary>When it happened (UTC); null means now.</summary>
    public DateTime? At { get; init; }

    /// <summary>
    /// When true (the default), nothing is added if the actor is the recipient: nobody needs
    /// to hear about what they just did themselves. Set false for kinds a person sends to
    /// themselves.
    /// </summary>
    public bool SkipIfActorIsRecipient { get; init; } = true;

    /// <summary>
    /// A lead was assigned to <paramref name="recipientId"/>, by a person or (no actor) by a rule.
    /// </summary>
    public static NotificationDraft LeadAssigned(Guid recipientId, Guid leadId, string leadName, Guid? actorId) =>
        new(recipientId, NotificationKind.LeadAssigned, new RecordLink(RecordKind.Lead, leadId))
        {
            Arguments = new Dictionary<string, string> { [NotificationArguments.Lead] = leadName },
            ActorId = actorId,
        };

    /// <summary>
    /// A lead waits in the queue of <paramref name="teamName"/>, a team of <paramref name="recipientId"/>.
    /// </summary>
    public static NotificationDraft LeadQueued(
        Guid recipientId, Guid leadId, string leadName, string teamName, Guid? actorId) =>
        new(recipientId, NotificationKind.LeadQueued, new RecordLink(RecordKind.Lead, leadId))
        {
            Arguments = new Dictionary<string, string>
            {
                [NotificationArguments.Lead] = leadName,
                [NotificationArguments.Team] = teamName,
            },
            ActorId = actorId,
        };

    /// <summary>
    /// Ticket <paramref name="ticketLabel"/> (number and subject) was assigned to
    /// <paramref name="recipientId"/>, by a person or (no actor) by a rule.
    /// </summary>
    public static NotificationDraft TicketAssigned(
        Guid recipientId, Guid ticketId, string ticketLabel, Guid? actorId) =>
        new(recipientId, NotificationKind.TicketAssigned, new RecordLink(RecordKind.Ticket, ticketId))
        {
            Arguments = new Dictionary<string, string> { [NotificationArguments.Ticket] = ticketLabel },
            ActorId = actorId,
        };

    /// <summary>A new ticket waits in <paramref name="queueName"/>, a queue of the recipient's team.</summary>
    public static NotificationDraft TicketQueued(
        Guid recipientId, Guid ticketId, string ticketLabel, string queueName, Guid? actorId) =>
        new(recipientId, NotificationKind.TicketQueued, new RecordLink(RecordKind.Ticket, ticketId))
        {
            Arguments = new Dictionary<string, string>
            {
                [NotificationArguments.Ticket] = ticketLabel,
                [NotificationArguments.Queue] = queueName,
            },
            ActorId = actorId,
        };

    /// <summary>
    /// <paramref name="actorId"/> moved the opportunity of <paramref name="ownerId"/> to
    /// <paramref name="stageName"/>; skipped when the owner moved it.
    /// </summary>
    public static NotificationDraft OpportunityMovedByOther(
        Guid ownerId, Guid opportunityId, string opportunityName, string stageName, Guid actorId) =>
        new(ownerId, NotificationKind.OpportunityMovedByOther, new RecordLink(RecordKind.Opportunity, opportunityId))
        {
            Arguments = new Dictionary<string, string>
            {
                [NotificationArguments.Opportunity] = opportunityName,
                [NotificationArguments.Stage] = stageName,
            },
            ActorId = actorId,
        };
}
