namespace Crm.Domain.Sla;

/// <summary>
/// The moments of one ticket that its SLA clocks are computed from, all UTC.
/// <see cref="ResolvedAt"/> is the current resolution (null while the ticket is open); each
/// earlier resolution that a reopen undid is in <see cref="Reopens"/> with its reopen moment.
/// </summary>
/// <param name="OpenedAt">When the ticket was opened: both clocks start here.</param>
/// <param name="FirstRespondedAt">The first public reply by an agent, if any.</param>
/// <param name="ResolvedAt">When the ticket was last resolved, if it is resolved or closed now.</param>
/// <param name="Pauses">
/// The periods spent in PendingCustomer or OnHold, from the status history; <c>To</c> is null
/// while the ticket is still in one of them.
/// </param>
/// <param name="Reopens">Each earlier resolution and the moment the ticket was reopened after it.</param>
public sealed record SlaTimeline(
    DateTime OpenedAt,
    DateTime? FirstRespondedAt = null,
    DateTime? ResolvedAt = null,
    IReadOnlyList<SlaPause>? Pauses = null,
    IReadOnlyList<SlaReopen>? Reopens = null);

/// <summary>A period in which the clocks stand still; <see cref="To"/> null means "still paused".</summary>
public sealed record SlaPause(DateTime From, DateTime? To);

/// <summary>A resolution that was undone: the resolution clock stood still between the two moments.</summary>
public sealed record SlaReopen(DateTime ResolvedAt, DateTime ReopenedAt);

/// <summary>Which of a ticket's two SLA clocks.</summary>
public enum SlaClockKind
{
    FirstResponse = 1,
    Resolution = 2,
}

/// <summary>
/// Where a clock stands. A stopped clock is <see cref="Met"/> or <see cref="Breached"/>; a
/// running clock that has used up its time is <see cref="Breached"/> even while paused; then
/// <see cref="Paused"/>, then <see cref="AtRisk"/> (the last share of the allowed time), then
/// <see cref="Running"/>.
/// </summary>
public enum SlaState
{
    Running = 1,
    AtRisk = 2,
    Paused = 3,
    Breached = 4,
    Met = 5,
}

/// <summary>
/// One clock at the moment it was evaluated.
/// </summary>
/// <param name="Kind">Which clock.</param>
/// <param name="State">Where it stands (see <see cref="SlaState"/>).</param>
/// <param name="Allowed">The target as working time.</param>
/// <param name="Used">Working time counted so far (up to the stop, or to now), pauses excluded.</param>
/// <param name="Remaining">Allowed − Used; negative by how far a breached clock is past its target.</param>
/// <param name="ElapsedFraction">Used / Allowed: 0 at the start, 1 at the deadline, above 1 after it.</param>
/// <param name="DueAt">
/// The deadline: when Used reaches Allowed if the clock runs on without further pauses. Null
/// while paused before reaching it, as it moves out for as long as the pause lasts.
/// </param>
/// <param name="AtRiskAt">
/// When the clock turns (or turned) at risk, on the same terms; null without a warning share.
/// </param>
/// <param name="StoppedAt">The response or resolution that stopped the clock; null while it runs.</param>
/// <param name="NextChangeAt">
/// The next instant at which <see cref="State"/> changes by time alone (AtRisk or Breached);
/// null when only an event can change it (stopped, paused, already breached).
/// </param>
public sealed record SlaClockStatus(
    SlaClockKind Kind,
    SlaState State,
    TimeSpan Allowed,
    TimeSpan Used,
    TimeSpan Remaining,
    double ElapsedFraction,
    DateTime? DueAt,
    DateTime? AtRiskAt,
    DateTime? StoppedAt,
    DateTime? NextChangeAt);

/// <summary>Both clocks of a ticket, evaluated at one moment.</summary>
public sealed record SlaStatus(SlaClockStatus FirstResponse, SlaClockStatus Resolution)
{
    /// <summary>The earlier of the two clocks' next changes: when a deadline watcher should look again.</summary>
    public DateTime? NextChangeAt =>
        (FirstResponse.NextChangeAt, Resolution.NextChangeAt) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            (var a, var b) => a ?? b,
        };
}
