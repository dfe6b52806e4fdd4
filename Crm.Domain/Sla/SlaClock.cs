using Crm.Domain.Common;

namespace Crm.Domain.Sla;

/// <summary>
/// Evaluates a ticket's two SLA clocks on a business calendar. The rules, word for word the
/// ones in docs/sla.md:
/// <list type="bullet">
/// <item>Both clocks start when the ticket is opened and count only the calendar's working time.</item>
/// <item>Both stand still during every pause (PendingCustomer, OnHold).</item>
/// <item>The first-response clock stops at the first public reply; a ticket resolved without one
/// counts as answered at its first resolution.</item>
/// <item>The resolution clock stops at the resolution; a reopen continues it from the working time
/// it had used, the time spent resolved does not count, and a clock once breached stays breached.</item>
/// <item>A stopped clock is Met when it used at most its allowed time, Breached otherwise. A running
/// clock is Breached from its due moment on, AtRisk from the moment it has used
/// (100 − AtRiskPercent)% of its allowed time, otherwise Running; Paused while a pause lasts.</item>
/// </list>
/// Moments after <c>now</c> are treated as not having happened yet.
/// </summary>
public static class SlaClock
{
    /// <summary>Both clocks of <paramref name="timeline"/> as they stand at <paramref name="now"/>.</summary>
    public static SlaStatus Evaluate(
        BusinessSchedule schedule, SlaTargets targets, SlaTimeline timeline, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(targets);
        var at = Clock.Utc(now);
        var moments = Moments.Of(timeline, at);

        var firstResponse = EvaluateClock(
            SlaClockKind.FirstResponse, schedule, targets.FirstResponseMinutes, targets.AtRiskPercent,
            moments, moments.FirstResponse, moments.Pauses, at);
        var resolution = EvaluateClock(
            SlaClockKind.Resolution, schedule, targets.ResolutionMinutes, targets.AtRiskPercent,
            moments, moments.Resolved, [.. moments.Pauses, .. moments.ResolvedPeriods], at);

        return new SlaStatus(firstResponse, resolution);
    }

    private static SlaClockStatus EvaluateClock(
        SlaClockKind kind, BusinessSchedule schedule, int targetMinutes, int atRiskPercent, Moments moments,
        DateTime? stoppedAt, IEnumerable<(DateTime From, DateTime? To)> stops, DateTime now)
    {
        var allowed = TimeSpan.FromMinutes(targetMinutes);
        var running = new RunningTime(schedule, moments.OpenedAt, stoppedAt ?? now, stoppedAt is not null, stops);
        var used = running.Used();
        var due = running.Reaching(allowed);
        var threshold = TimeSpan.FromTicks(allowed.Ticks * (100 - atRiskPercent) / 100);
        var atRiskAt = atRiskPercent == 0 ? null : running.Reaching(threshold);
        var state = StateOf(
            stoppedAt is not null, running.IsPaused, used, allowed, atRiskPercent == 0 ? null : threshold);
        var next = state switch
        {
            SlaState.Running => atRiskAt ?? due,
            SlaState.AtRisk => due,
            _ => null,
        };

        return new SlaClockStatus(
            kind, state, allowed, used, allowed - used, used / allowed, due, atRiskAt, stoppedAt, next);
    }

    private static SlaState StateOf(bool stopped, bool paused, TimeSpan used, TimeSpan allowed, TimeSpan? atRisk)
    {
        if (stopped)
        {
            return used <= allowed ? SlaState.Met : SlaState.Breached;
        }

        if (used >= allowed)
        {
            return SlaState.Breached;
        }

        if (paused)
        {
            return SlaState.Paused;
        }

        return used >= atRisk ? SlaState.AtRisk : SlaState.Running;
    }

    /// <summary>The timeline in UTC, with everything after now left out.</summary>
    private sealed record Moments(
        DateTime OpenedAt,
        DateTime? FirstResponse,
        DateTime? Resolved,
        List<(DateTime From, DateTime? To)> Pauses,
        List<(DateTime From, DateTime? To)> ResolvedPeriods)
    {
        public static Moments Of(SlaTimeline timeline, DateTime now)
        {
            var opened = Clock.Utc(timeline.OpenedAt);
            var resolved = Happened(timeline.ResolvedAt, opened, now);
            var reopens = (timeline.Reopens ?? [])
                .Select(r => (From: Clock.Utc(r.ResolvedAt), To: Happened(r.ReopenedAt, opened, now)))
                .Where(r => r.From <= now)
                .ToList();
            var firstResolution = reopens.Select(r => (DateTime?)r.From).Append(resolved).Min();
            var pauses = (timeline.Pauses ?? [])
                .Select(p => (From: Clock.Utc(p.From), To: Happened(p.To, opened, now)))
                .Where(p => p.From <= now)
                .ToList();
            var responded = Happened(timeline.FirstRespondedAt, opened, now) ?? firstResolution;

            return new Moments(opened, responded, resolved, pauses, [.. reopens.Select(r => (r.From, r.To))]);
        }

        private static DateTime? Happened(DateTime? at, DateTime opened, DateTime now)
        {
            if (at is not { } value)
            {
                return null;
            }

            var utc = Clock.Utc(value);

            return utc > now ? null : (utc < opened ? opened : utc);
        }
    }
}
