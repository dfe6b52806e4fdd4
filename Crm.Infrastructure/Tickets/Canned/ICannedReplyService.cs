using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tickets.Canned;

/// <summary>
/// A support team's canned replies, shared by the team. Support agents see and use those of
/// their own team; support leads those of their team and every team they lead; administrators
/// all of them. Only leads (for those teams) and administrators write, edit and retire them
/// (<see cref="ForbiddenException"/> otherwise). Sales and marketing roles see none. A team the
/// user cannot see, or a retired or unknown reply, is <see cref="NotFoundException"/>. Bad input
/// is a <c>DomainException</c> naming the field (see <see cref="CannedReply.Create"/>), and a
/// title already used by another active reply of the team is "Title.taken". Updates and retiring
/// check the version loaded (<see cref="ConcurrencyConflictException"/>).
/// </summary>
public interface ICannedReplyService
{
    /// <summary>The support teams whose replies the user sees, by name, with whether they may manage them.</summary>
    Task<IReadOnlyList<CannedReplyTeam>> TeamsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The team's active replies by title; <paramref name="search"/>, when given, keeps those whose
    /// title or body contains it (letter case ignored).
    /// </summary>
    Task<IReadOnlyList<CannedReplyRow>> ListAsync(
        Guid teamId, string? search = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The active replies of the ticket's team, searched as <see cref="ListAsync"/> does, for a user
    /// who works the ticket; empty for one who only reads it. An unseen ticket is not found.
    /// </summary>
    Task<IReadOnlyList<CannedReplyRow>> ListForTicketAsync(
        Guid ticketId, string? search = null, CancellationToken cancellationToken = default);

    Task<Guid> CreateAsync(Guid teamId, CannedReplyInput input, CancellationToken cancellationToken = default);

    Task UpdateAsync(
        Guid id, int expectedVersion, CannedReplyInput input, CancellationToken cancellationToken = default);

    /// <summary>Takes the reply out of use; its title becomes free.</summary>
    Task RetireAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// The reply's body with its placeholders filled for the ticket and the current user as the
    /// agent, worded (for missing values) in the reply's language, else the user's. Only for a
    /// user who works the ticket (<see cref="ForbiddenException"/> otherwise).
    /// </summary>
    Task<string> RenderAsync(Guid id, Guid ticketId, CancellationToken cancellationToken = default);

    /// <summary>
    /// What the editor previews replies with: the team's most recently opened ticket and the
    /// current user as the agent. Without a ticket the ticket fields are null.
    /// </summary>
    Task<CannedReplyValues> SampleAsync(Guid teamId, CancellationToken cancellationToken = default);
}

/// <summary>What a lead types into the editor; <see cref="Language"/> null for any language.</summary>
public sealed record CannedReplyInput(string Title, string Body, string? Language);

/// <summary>A reply as lists show it, with who last changed it and when (UTC).</summary>
public sealed record CannedReplyRow(
    Guid Id, int Version, Guid TeamId, string Title, string Body, string? Language,
    DateTime UpdatedAt, string? UpdatedByName);

/// <summary>A support team whose replies the user sees; <see cref="CanManage"/>: they may change them.</summary>
public sealed record CannedReplyTeam(Guid Id, string Name, bool CanManage);
