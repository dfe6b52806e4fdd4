using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets;

/// <summary>The one row that holds the last ticket number given out.</summary>
internal sealed class TicketNumberCounter
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public int Last { get; set; }
}

/// <summary>
/// Gives out ticket numbers in order, without gaps between committed tickets and never twice.
/// The counter is raised by one UPDATE inside the caller's transaction: PostgreSQL and SQL Server
/// hold that row's lock until the commit, so a concurrent create waits and then reads the raised
/// value; SQLite transactions begin IMMEDIATE and so run one writer at a time. A transaction that
/// rolls back gives its number back with it. The unique index on the number is the backstop.
/// </summary>
internal static class TicketNumberAllocator
{
    /// <summary>The next number; <paramref name="db"/> must be inside a transaction the caller commits.</summary>
    public static async Task<int> NextAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "A ticket number is taken inside the transaction that saves the ticket.");
        }

        return (await TakeAsync(db, 1, cancellationToken)).Start;
    }

    /// <summary>
    /// Reserves <paramref name="count"/> numbers at once (bulk generation) and returns the first; the
    /// others follow it. Runs in the caller's transaction when there is one.
    /// </summary>
    public static async Task<(int Start, int Count)> TakeAsync(
        CrmDbContext db, int count, CancellationToken cancellationToken)
    {
        var counters = db.Set<TicketNumberCounter>().Where(c => c.Id == TicketNumberCounter.SingletonId);
        var raised = await counters.ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Last, c => c.Last + count), cancellationToken);
        if (raised == 0)
        {
            throw new InvalidOperationException("The ticket number counter row is missing; run the migrations.");
        }

        var last = await counters.AsNoTracking().Select(c => c.Last).SingleAsync(cancellationToken);

        return (last - count + 1, count);
    }
}
