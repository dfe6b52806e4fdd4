using Crm.Domain.Tickets;
using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Canned;

internal sealed partial class CannedReplyService
{
    public async Task<IReadOnlyList<CannedReplyTeam>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return (await CannedReplyReach.ForAsync(actor, db, visibility, cancellationToken)).Teams;
    }

    public async Task<IReadOnlyList<CannedReplyRow>> ListAsync(
        Guid teamId, string? search = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reach = await CannedReplyReach.ForAsync(actor, db, visibility, cancellationToken);
        if (!reach.Sees(teamId))
        {
            throw new NotFoundException("SupportTeam", teamId);
        }

        return await RowsAsync(db, teamId, search, cancellationToken);
    }

    public async Task<IReadOnlyList<CannedReplyRow>> ListForTicketAsync(
        Guid ticketId, string? search = null, CancellationToken cancellationToken = default)
    {
        await using var session = await TicketSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
        var ticket = await TicketAsync(session, ticketId, cancellationToken);

        return session.Access.CanChange(ticket.TeamId, ticket.AssigneeId)
            ? await RowsAsync(session.Db, ticket.TeamId, search, cancellationToken)
            : [];
    }

    public async Task<string> RenderAsync(Guid id, Guid ticketId, CancellationToken cancellationToken = default)
    {
        await using var session = await TicketSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
        var (db, actor) = (session.Db, session.Actor);
        var ticket = await TicketAsync(session, ticketId, cancellationToken);
        if (!session.Access.CanChange(ticket.TeamId, ticket.AssigneeId))
        {
            throw new ForbiddenException("You can read this ticket but not reply to it.");
        }

        var reply = await db.CannedReplies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reply is null || (reply.TeamId != ticket.TeamId
            && !(await CannedReplyReach.ForAsync(actor, session.Access, db, cancellationToken)).Sees(reply.TeamId)))
        {
            throw new NotFoundException(RecordType, id);
        }

        var values = await ValuesAsync(db, actor, ticket, reply.Language, cancellationToken);
        CannedRepliesLog.Rendered(logger, id, ticketId, actor.UserId);

        return CannedReplyTemplate.Render(reply.Body, values);
    }

    public async Task<CannedReplyValues> SampleAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        await using var session = await TicketSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
        var (db, actor) = (session.Db, session.Actor);
        var reach = await CannedReplyReach.ForAsync(actor, session.Access, db, cancellationToken);
        if (!reach.Sees(teamId))
        {
            throw new NotFoundException("SupportTeam", teamId);
        }

        var latest = await visibility.Tickets(db, session.Access).AsNoTracking()
            .Where(t => t.TeamId == teamId)
            .OrderByDescending(t => t.OpenedAt)
            .FirstOrDefaultAsync(cancellationToken);

        return await ValuesAsync(db, actor, latest, null, cancellationToken);
    }

    private async Task<Ticket> TicketAsync(TicketSession session, Guid ticketId, CancellationToken cancellationToken) =>
        await visibility.Tickets(session.Db, session.Access).AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
        ?? throw new NotFoundException("Ticket", ticketId);

    // The customer and account names of the ticket, the current user as the agent; wording for
    // missing values in the reply's language, else the agent's.
    private static async Task<CannedReplyValues> ValuesAsync(
        CrmDbContext db, Actor actor, Ticket? ticket, string? language, CancellationToken cancellationToken)
    {
        var agent = await db.CrmUsers.AsNoTracking().Where(u => u.Id == actor.UserId)
            .Select(u => new { u.DisplayName, u.Language }).FirstOrDefaultAsync(cancellationToken);
        var contact = ticket?.ContactId is { } contactId
            ? await db.Contacts.Where(c => c.Id == contactId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var account = ticket?.AccountId is { } accountId
            ? await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken)
            : null;

        return new CannedReplyValues(
            ticket?.Number, ticket?.Subject, contact, ticket?.RequesterName, account, agent?.DisplayName,
            language ?? agent?.Language ?? Domain.Common.Languages.English);
    }

    // The rows of one team, searched and sorted here: see EnsureTitleFreeAsync for why in memory.
    private static async Task<IReadOnlyList<CannedReplyRow>> RowsAsync(
        CrmDbContext db, Guid teamId, string? search, CancellationToken cancellationToken)
    {
        var rows = await db.CannedReplies.AsNoTracking()
            .Where(r => r.TeamId == teamId)
            .Select(r => new CannedReplyRow(
                r.Id, r.Version, r.TeamId, r.Title, r.Body, r.Language,
                EF.Property<DateTime>(r, AuditStamps.UpdatedAt),
                db.CrmUsers.Where(u => u.Id == EF.Property<Guid?>(r, AuditStamps.UpdatedById))
                    .Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var term = search?.Trim() ?? "";

        return
        [
            .. rows.Where(r => term.Length == 0 || Contains(r.Title, term) || Contains(r.Body, term))
                .OrderBy(r => Domain.Common.NameSortKey.For(r.Title), StringComparer.Ordinal),
        ];
    }

    private static bool Contains(string text, string term) =>
        text.Contains(term, StringComparison.CurrentCultureIgnoreCase);
}
