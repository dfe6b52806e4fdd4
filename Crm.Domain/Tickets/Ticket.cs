using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

/// <summary>
/// A customer's request to the service desk: what it is about, who asked, the queue it waits in
/// and who works it, its status with a complete history, and its conversation. Conversation
/// entries and status history are rows of their own, appended with the change that makes them
/// and never loaded with the ticket (<see cref="RecordedMessages"/>,
/// <see cref="RecordedStatusChanges"/> hold only the new ones).
/// </summary>
/// <remarks>
/// A new ticket is announced (<see cref="TicketCreated"/>) by its arrival: <see cref="Route"/>
/// or <see cref="ArriveAssigned"/>, one of which must come before its first save, so the event
/// carries where it went.
/// </remarks>
public sealed partial class Ticket : AggregateRoot
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 10_000;

    private readonly List<TicketMessage> _messages = [];
    private readonly List<TicketStatusChange> _statusChanges = [];
    private bool _announced;

    private Ticket(Guid id)
        : base(id)
    {
        Subject = "";
        Tags = [];
    }

    /// <summary>The sequential number people quote (<see cref="TicketNumbers.Format"/>).</summary>
    public int Number { get; private set; }

    public string Subject { get; private set; }

    public string? Description { get; private set; }

    public TicketChannel Channel { get; private set; }

    public TicketCategory Category { get; private set; }

    public TicketPriority Priority { get; private set; }

    public Guid? AccountId { get; private set; }

    public Guid? ContactId { get; private set; }

    public string? RequesterName { get; private set; }

    public string? RequesterEmail { get; private set; }

    /// <summary>Normalized by <see cref="TicketTags"/>.</summary>
    public List<string> Tags { get; private set; }

    public Guid? OpportunityId { get; private set; }

    /// <summary>The closed ticket this one follows up, when a customer replied to it.</summary>
    public Guid? FollowUpOfTicketId { get; private set; }

    /// <summary>When the ticket was opened (UTC business time; kept when tickets are imported).</summary>
    public DateTime OpenedAt { get; private set; }

    /// <summary>Entries in the conversation so far; the newest one's <see cref="TicketMessage.Sequence"/>.</summary>
    public int MessageCount { get; private set; }

    /// <summary>Entries in the status history; the newest one's <see cref="TicketStatusChange.Sequence"/>.</summary>
    public int StatusChangeCount { get; private set; }

    /// <summary>Conversation entries added since the ticket was loaded (saved with it).</summary>
    public IReadOnlyList<TicketMessage> RecordedMessages => _messages;

    /// <summary>Status history entries added since the ticket was loaded (saved with it).</summary>
    public IReadOnlyList<TicketStatusChange> RecordedStatusChanges => _statusChanges;

    /// <summary>
    /// Opens ticket <paramref name="number"/> in status New, writing the creation entry of its
    /// history. Throws <see cref="DomainException"/> naming the field at fault.
    /// </summary>
    public static Ticket Create(Guid id, int number, TicketDraft draft, Guid? createdById, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (number <= 0)
        {
            throw new DomainException("Number.invalid", "A ticket number is positive.", "Number");
        }

        var when = Clock.Utc(at);
        var ticket = new Ticket(id) { Number = number, OpenedAt = when, Status = TicketStatus.New };
        ticket.ApplyDraft(draft);
        ticket.AddStatusChange(null, TicketStatus.New, createdById, when);

        return ticket;
    }

    /// <summary>Replaces subject, description and category; records <see cref="TicketChanged"/>.</summary>
    public void UpdateDetails(string subject, string? description, TicketCategory category, DateTime at)
    {
        EnsureNotClosed();
        Subject = Guard.Required(subject, nameof(Subject), MaxSubjectLength);
        Description = Guard.Optional(description, nameof(Description), MaxDescriptionLength);
        Category = Checked(category, nameof(Category));
        RecordChanged(at);
    }

    /// <summary>Sets the priority; the same priority again changes nothing.</summary>
    public void ChangePriority(TicketPriority priority, DateTime at)
    {
        EnsureNotClosed();
        if (Checked(priority, nameof(Priority)) == Priority)
        {
            return;
        }

        Priority = priority;
        RecordChanged(at);
    }

    /// <summary>Replaces the tags (see <see cref="TicketTags.Normalize"/>); equal tags change nothing.</summary>
    public void SetTags(IEnumerable<string> tags, DateTime at)
    {
        EnsureNotClosed();
        var cleaned = TicketTags.Normalize(tags);
        if (cleaned.SequenceEqual(Tags))
        {
            return;
        }

        Tags = cleaned;
        RecordChanged(at);
    }

    /// <summary>Links the ticket to an opportunity of its account, or unlinks it (null).</summary>
    public void LinkOpportunity(Guid? opportunityId, DateTime at)
    {
        EnsureNotClosed();
        if (opportunityId == Guid.Empty)
        {
            throw new DomainException("Opportunity.required", "Opportunity is required.", "Opportunity");
        }

        if (opportunityId is not null && AccountId is null)
        {
            throw new DomainException(
                "Opportunity.no-account", "Only a ticket of an account links to an opportunity.", "Opportunity");
        }

        OpportunityId = opportunityId;
        RecordChanged(at);
    }

    /// <summary>
    /// The time from opening to resolution of a resolved complaint; null for other categories and
    /// for a complaint still being handled.
    /// </summary>
    public TimeSpan? ComplaintHandlingTime =>
        Category == TicketCategory.Complaint && ResolvedAt is { } resolved ? resolved - OpenedAt : null;

    private void ApplyDraft(TicketDraft draft)
    {
        Subject = Guard.Required(draft.Subject, nameof(Subject), MaxSubjectLength);
        Description = Guard.Optional(draft.Description, nameof(Description), MaxDescriptionLength);
        Channel = Checked(draft.Channel, nameof(Channel));
        Category = Checked(draft.Category, nameof(Category));
        Priority = Checked(draft.Priority, nameof(Priority));
        QueueId = Guard.NotEmpty(draft.QueueId, "Queue");
        TeamId = Guard.NotEmpty(draft.TeamId, "Team");
        RequesterName = Guard.Optional(draft.RequesterName, nameof(RequesterName), 100);
        RequesterEmail = Guard.Email(draft.RequesterEmail, nameof(RequesterEmail));
        (AccountId, ContactId) = (OptionalId(draft.AccountId, "Account"), OptionalId(draft.ContactId, "Contact"));
        if (AccountId is null && RequesterEmail is null)
        {
            throw new DomainException("Account.required", "Choose the account or give the requester's email.",
                "Account");
        }

        Tags = TicketTags.Normalize(draft.Tags);
        OpportunityId = OptionalId(draft.OpportunityId, "Opportunity");
        FollowUpOfTicketId = OptionalId(draft.FollowUpOfTicketId, "FollowUpOf");
    }

    private void RecordChanged(DateTime at) =>
        Record(new TicketChanged(
            Id, NextVersion, Clock.Utc(at), Number, QueueId, TeamId, AssigneeId, AccountId, Status, Priority));

    private static Guid? OptionalId(Guid? id, string field) => id is { } value ? Guard.NotEmpty(value, field) : null;

    private static T Checked<T>(T value, string field)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new DomainException($"{field}.invalid", $"{field} has an unknown value.", field);
}
