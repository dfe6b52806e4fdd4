using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Mail.Inbound;

internal sealed class MailThreadIndex(IDbContextFactory<CrmDbContext> contexts, TimeProvider clock)
    : IMailThreadIndex
{
    // Most mails carry a handful of references; a thread of hundreds is cut to its newest.
    private const int MaxIds = 100;

    public async Task RememberAsync(string messageId, RecordLink record, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(messageId))
        {
            return;
        }

        var key = InboundMailReceipt.StoredKey(messageId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<MailThreadLink>().AnyAsync(l => l.MessageId == key, cancellationToken))
        {
            return;
        }

        db.Add(new MailThreadLink(key, record, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Remembered meanwhile by another caller: the first record stays, as documented.
            if (!await ExistsAsync(key, cancellationToken))
            {
                throw;
            }
        }
    }

    public async Task<RecordLink?> FindAsync(
        IEnumerable<string> messageIds, CancellationToken cancellationToken = default)
    {
        var keys = messageIds.Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(InboundMailReceipt.StoredKey).Distinct(StringComparer.Ordinal).Take(MaxIds).ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Set<MailThreadLink>().AsNoTracking()
            .Where(l => keys.Contains(l.MessageId))
            .ToDictionaryAsync(l => l.MessageId, l => l.Record, StringComparer.Ordinal, cancellationToken);

        return keys.Select(k => found.GetValueOrDefault(k)).FirstOrDefault(r => r is not null);
    }

    private async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await db.Set<MailThreadLink>().AnyAsync(l => l.MessageId == key, cancellationToken);
    }
}
