using Crm.Domain.Sla;

namespace Crm.Infrastructure.Tickets.Sla;

/// <summary>
/// What a live countdown needs to tick in the browser without asking the server again: each
/// clock's state and remaining working time at <see cref="TicketCountdowns.EvaluatedAt"/>, and
/// the calendar's working periods from then on (14 days), so the browser subtracts the working
/// time that has passed since. Only tickets the signed-in user sees are answered.
/// </summary>
public interface ITicketSlaCountdowns
{
    /// <summary>The countdowns of those of <paramref name="ticketIds"/> with an SLA the user sees.</summary>
    Task<IReadOnlyDictionary<Guid, TicketCountdowns>> ForAsync(
        IReadOnlyCollection<Guid> ticketIds, CancellationToken cancellationToken = default);
}

/// <summary>Both clocks of one ticket, evaluated at <see cref="EvaluatedAt"/> (server time, UTC).</summary>
public sealed record TicketCountdowns(DateTime EvaluatedAt, SlaClockCountdown FirstResponse, SlaClockCountdown Resolution);

/// <summary>
/// One clock: <see cref="RemainingMs"/> is allowed − used at evaluation (negative once breached);
/// the clock is at risk while remaining ≤ <see cref="AtRiskRemainingMs"/> (null: no warning) and
/// breached at 0. <see cref="Periods"/> are the working periods from evaluation on; empty for a
/// clock that does not run (stopped or paused).
/// </summary>
public sealed record SlaClockCountdown(
    SlaClockKind Clock, SlaState State, DateTime? DueAt, long RemainingMs, long? AtRiskRemainingMs,
    IReadOnlyList<WorkingPeriod> Periods);

/// <summary>A working period of the policy's calendar, UTC, end exclusive.</summary>
public sealed record WorkingPeriod(DateTime From, DateTime To);
