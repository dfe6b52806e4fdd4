using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding.Scale;
using Crm.Infrastructure.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Seeding;

// Generated tickets: the last stage, after the accounts they belong to.
internal sealed partial class ScaleDataGenerator
{
    private static async Task<ScaleTickets> TicketsOfAsync(
        CrmDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var (agents, queues) = await ScaleSupport.LoadOrCreateAsync(db, cancellationToken);

        return new ScaleTickets(agents, queues, now);
    }

    private sealed partial class Run
    {
        /// <summary>
        /// Tickets spread evenly and in order over the accounts, as activities are. Each batch
        /// takes its numbers from the ticket counter in the transaction that saves it, so numbers
        /// stay unique beside tickets people open meanwhile, and a failed batch keeps none.
        /// </summary>
        public async Task<(int Tickets, long Rows)> TicketsAsync(
            ScaleTickets tickets, CancellationToken cancellationToken)
        {
            var target = request.Tickets;
            var existing = await CountGeneratedAsync(db.Tickets, ScaleIds.Ticket, target, cancellationToken);
            var stage = System.Diagnostics.Stopwatch.GetTimestamp();
            StageStarting(GenerationStage.Tickets, existing, target);

            var rows = 0L;
            var shape = (Index: -1, Shape: default(AccountShape));
            for (var start = existing; start < target; start += request.BatchSize)
            {
                var end = Math.Min(start + request.BatchSize, target);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var (first, _) = await TicketNumberAllocator.TakeAsync(db, end - start, cancellationToken);
                for (var index = start; index < end; index++)
                {
                    var accountIndex = (int)((long)index * request.Accounts / target);
                    if (shape.Index != accountIndex)
                    {
                        shape = (accountIndex, AccountShape.Of(accountIndex));
                    }

                    var ticket = tickets.Build(index, first + index - start, accountIndex, shape.Shape);
                    rows += ticket.RecordedMessages.Count + ticket.RecordedStatusChanges.Count;
                    ticket.ClearDomainEvents();
                    db.Tickets.Add(ticket);
                }

                await SaveBatchAsync(GenerationStage.Tickets, end, target, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            var written = Math.Max(0, target - existing);
            StageFinished(GenerationStage.Tickets, written + rows, stage);

            return (written, rows);
        }
    }
}
