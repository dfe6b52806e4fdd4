using Crm.Domain.Common;

namespace Crm.Domain.Tickets.Canned;

/// <summary>
/// A reply a support team keeps ready: a title agents find it by, a body with placeholders
/// (<see cref="CannedReplyTemplate"/>) filled in for the ticket it is used on, and optionally the
/// language it is written in (null: any). It belongs to one support team, whose agents use it and
/// whose leads keep it. Retiring it takes it out of use for good; tickets it was used on keep the
/// text they were sent. That a title is unique among a team's active replies is checked by the
/// service, which sees the other replies.
/// </summary>
public sealed class CannedReply : AggregateRoot
{
    public const int MaxTitleLength = 120;
    public const int MaxBodyLength = 10_000;

    private CannedReply(Guid id)
        : base(id)
    {
        Title = "";
        Body = "";
    }

    public Guid TeamId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary><see cref="Languages.Chinese"/>, <see cref="Languages.English"/>, or null for any language.</summary>
    public string? Language { get; private set; }

    /// <summary>
    /// Writes a new reply of <paramref name="teamId"/>. Throws <see cref="DomainException"/> naming
    /// the field: Team (empty), Title or Body (missing, too long), Body (an unknown placeholder,
    /// code <c>Body.unknown-placeholder</c>), Language (not a product language).
    /// </summary>
    public static CannedReply Create(Guid id, Guid teamId, CannedReplyText text, DateTime at)
    {
        var reply = new CannedReply(id) { TeamId = Guard.NotEmpty(teamId, "Team") };
        reply.Apply(text);
        reply.Record(reply.ChangedEvent(1, at));

        return reply;
    }

    /// <summary>Rewrites title, body and language, checked as in <see cref="Create"/>.</summary>
    public void Edit(CannedReplyText text, DateTime at)
    {
        EnsureActive();
        Apply(text);
        Record(ChangedEvent(NextVersion, at));
    }

    /// <summary>Takes the reply out of use; its title is free for a new one. Retiring twice is refused.</summary>
    public void Retire(DateTime at)
    {
        EnsureActive();
        MarkDeleted(at);
        Record(ChangedEvent(NextVersion, at));
    }

    private void Apply(CannedReplyText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = Guard.Required(text.Title, nameof(Title), MaxTitleLength);
        var body = RequiredBody(text.Body);
        CannedReplyTemplate.EnsureKnown(body);
        var language = string.IsNullOrWhiteSpace(text.Language) ? null : Languages.Require(text.Language.Trim());

        (Title, Body, Language) = (title, body, language);
    }

    // The body keeps its inner line breaks and indentation; only blank edges go.
    private static string RequiredBody(string? body)
    {
        var trimmed = body?.Trim('\r', '\n', ' ', '\t') ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException("Body.required", "Body is required.", nameof(Body));
        }

        return trimmed.Length <= MaxBodyLength
            ? trimmed
            : throw new DomainException(
                "Body.too-long", $"Body must be at most {MaxBodyLength} characters.", nameof(Body));
    }

    private void EnsureActive()
    {
        if (IsDeleted)
        {
            throw new DomainException("CannedReply.retired", "The reply is retired.");
        }
    }

    private CannedReplyChanged ChangedEvent(int version, DateTime at) =>
        new(Id, version, Clock.Utc(at), TeamId, IsDeleted);
}

/// <summary>What a canned reply says; <see cref="CannedReply.Create"/> checks it.</summary>
public sealed record CannedReplyText(string Title, string Body, string? Language = null);

/// <summary>A team's canned reply was written, edited or retired (<see cref="IsRetired"/>).</summary>
public sealed record CannedReplyChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid TeamId, bool IsRetired) : IDomainEvent;
