using Crm.Domain.Common;

namespace Crm.Domain.Notifications;

/// <summary>
/// Something one person should know about: what happened (<see cref="Kind"/>), the record it
/// concerns, and who caused it. The text is not stored: it is rendered when read, in the
/// reader's language, from the kind and <see cref="Arguments"/>.
/// </summary>
public sealed class Notification : AggregateRoot
{
    private Notification(Guid id)
        : base(id)
    {
        Arguments = new Dictionary<string, string>();
    }

    public Guid RecipientId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The record the notification points at; null for a notification about no one record.</summary>
    public RecordLink? Target { get; private set; }

    /// <summary>The names and values the text mentions (see <see cref="NotificationArguments"/>).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; private set; }

    /// <summary>When it happened, in UTC.</summary>
    public DateTime At { get; private set; }

    /// <summary>When the recipient read it, in UTC; null while unread.</summary>
    public DateTime? ReadAt { get; private set; }

    /// <summary>Who caused it; null when the system did (a job, a rule).</summary>
    public Guid? ActorId { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>
    /// A new unread notification. Throws <see cref="DomainException"/> for an empty recipient
    /// ("Recipient.required"), an unknown kind ("Kind.invalid"), or more than
    /// <see cref="NotificationArguments.MaxCount"/> arguments or a malformed argument name
    /// ("Arguments.invalid"). Argument values that are blank are left out; long ones are cut to
    /// <see cref="NotificationArguments.MaxValueLength"/> characters.
    /// </summary>
    public static Notification Create(
        Guid id, Guid recipientId, NotificationKind kind, RecordLink? target,
        IReadOnlyDictionary<string, string>? arguments, Guid? actorId, DateTime at)
    {
        var notification = new Notification(id)
        {
            RecipientId = Guard.NotEmpty(recipientId, "Recipient"),
            Kind = Enum.IsDefined(kind)
                ? kind
                : throw new DomainException("Kind.invalid", $"Unknown notification kind {kind}.", "Kind"),
            Target = target,
            Arguments = Normalize(arguments),
            ActorId = actorId,
            At = Clock.Utc(at),
        };
        notification.Record(new NotificationCreated(id, 1, notification.At, notification.RecipientId, kind));

        return notification;
    }

    /// <summary>Marks it read at <paramref name="at"/>; marking a read notification changes nothing.</summary>
    public void MarkRead(DateTime at)
    {
        if (IsRead)
        {
            return;
        }

        ReadAt = Clock.Utc(at);
        Record(new NotificationRead(Id, NextVersion, ReadAt.Value, RecipientId));
    }

    /// <summary>Makes it unread again; an unread notification stays as it is.</summary>
    public void MarkUnread(DateTime at)
    {
        if (!IsRead)
        {
            return;
        }

        ReadAt = null;
        Record(new NotificationUnread(Id, NextVersion, Clock.Utc(at), RecipientId));
    }

    private static Dictionary<string, string> Normalize(IReadOnlyDictionary<string, string>? arguments)
    {
        var kept = (arguments ?? new Dictionary<string, string>())
            .Where(a => !string.IsNullOrWhiteSpace(a.Value))
            .ToDictionary(a => ValidName(a.Key), a => Shorten(a.Value.Trim()), StringComparer.Ordinal);
        if (kept.Count > NotificationArguments.MaxCount)
        {
            throw InvalidArguments($"At most {NotificationArguments.MaxCount} arguments are kept.");
        }

        return kept;
    }

    private static string ValidName(string name) =>
        name.Length is > 0 and <= NotificationArguments.MaxNameLength
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : throw InvalidArguments($"'{name}' is not a valid argument name.");

    private static string Shorten(string value) =>
        value.Length <= NotificationArguments.MaxValueLength
            ? value
            : string.Concat(value.AsSpan(0, NotificationArguments.MaxValueLength - 1), "…");

    private static DomainException InvalidArguments(string message) =>
        new("Arguments.invalid", message, "Arguments");
}
