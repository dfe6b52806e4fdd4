using Crm.Domain.Common;
using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Canned;

internal sealed partial class CannedReplyService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility visibility,
    TimeProvider clock, ILogger<CannedReplyService> logger)
    : ICannedReplyService
{
    private const string RecordType = "CannedReply";

    public async Task<Guid> CreateAsync(
        Guid teamId, CannedReplyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reach = await CannedReplyReach.ForAsync(actor, db, visibility, cancellationToken);
        reach.EnsureManages(teamId);

        var reply = CannedReply.Create(Guid.CreateVersion7(), teamId, TextOf(input), Now);
        await EnsureTitleFreeAsync(db, reply, cancellationToken);
        db.CannedReplies.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        CannedRepliesLog.Saved(logger, reply.Id, teamId, actor.UserId);

        return reply.Id;
    }

    public async Task UpdateAsync(
        Guid id, int expectedVersion, CannedReplyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reply = await ManagedAsync(db, actor, id, cancellationToken);

        db.ExpectVersion(reply, expectedVersion);
        reply.Edit(TextOf(input), Now);
        await EnsureTitleFreeAsync(db, reply, cancellationToken);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        CannedRepliesLog.Saved(logger, id, reply.TeamId, actor.UserId);
    }

    public async Task RetireAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reply = await ManagedAsync(db, actor, id, cancellationToken);

        db.ExpectVersion(reply, expectedVersion);
        reply.Retire(Now);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        CannedRepliesLog.Retired(logger, id, reply.TeamId, actor.UserId);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static CannedReplyText TextOf(CannedReplyInput input) => new(input.Title, input.Body, input.Language);

    private async Task<CannedReply> ManagedAsync(
        CrmDbContext db, Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var reply = await db.CannedReplies.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var reach = await CannedReplyReach.ForAsync(actor, db, visibility, cancellationToken);
        if (reply is null || !reach.Sees(reply.TeamId))
        {
            throw new NotFoundException(RecordType, id);
        }

        reach.EnsureManages(reply.TeamId);

        return reply;
    }

    // Titles are compared ignoring case, which the providers' collations do not agree on, so the
    // team's titles are compared here; a team keeps dozens of replies, not thousands.
    private static async Task EnsureTitleFreeAsync(
        CrmDbContext db, CannedReply reply, CancellationToken cancellationToken)
    {
        var titles = await db.CannedReplies.AsNoTracking()
            .Where(r => r.TeamId == reply.TeamId && r.Id != reply.Id)
            .Select(r => r.Title)
            .ToListAsync(cancellationToken);
        if (titles.Any(t => string.Equals(t, reply.Title, StringComparison.CurrentCultureIgnoreCase)))
        {
            throw new DomainException("Title.taken", "Another active reply of the team has this title.", "Title");
        }
    }
}
