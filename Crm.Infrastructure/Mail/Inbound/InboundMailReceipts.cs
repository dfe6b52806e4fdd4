using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>Reads and writes <see cref="InboundMailReceipt"/> rows, one context per call.</summary>
internal sealed class InboundMailReceipts(IDbContextFactory<CrmDbContext> contexts, TimeProvider clock)
{
    public async Task<bool> IsHandledAsync(string key, CancellationToken cancellationToken)
    {
        var stored = InboundMailReceipt.StoredKey(key);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await db.Set<InboundMailReceipt>()
            .AnyAsync(r => r.Key == stored && r.Status == InboundMailStatus.Handled, cancellationToken);
    }

    public Task HandledAsync(string key, CancellationToken cancellationToken) =>
        ChangeAsync(key, (r, at) => r.Handled(at), cancellationToken);

    /// <summary>Counts a failed hand-over; returns the attempts so far.</summary>
    public async Task<int> FailedAsync(string key, string error, CancellationToken cancellationToken)
    {
        var receipt = await ChangeAsync(key, (r, at) => r.Failed(error, at), cancellationToken);

        return receipt.Attempts;
    }

    public Task RejectedAsync(string key, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(key, (r, at) => r.Rejected(reason, at), cancellationToken);

    private async Task<InboundMailReceipt> ChangeAsync(
        string key, Action<InboundMailReceipt, DateTime> change, CancellationToken cancellationToken)
    {
        var stored = InboundMailReceipt.StoredKey(key);
        var at = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var receipt = await db.Set<InboundMailReceipt>().SingleOrDefaultAsync(r => r.Key == stored, cancellationToken);
        if (receipt is null)
        {
            receipt = new InboundMailReceipt(stored, at);
            db.Add(receipt);
        }

        change(receipt, at);
        await db.SaveChangesAsync(cancellationToken);

        return receipt;
    }
}
