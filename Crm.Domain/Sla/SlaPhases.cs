using Crm.Domain.Common;

namespace Crm.Domain.Sla;

/// <summary>What a ticket status means to the SLA clocks.</summary>
public enum SlaPhase
{
    /// <summary>New, Open, Escalated: the clocks run.</summary>
    Running = 1,

    /// <summary>PendingCustomer, OnHold: the clocks stand still.</summary>
    Paused = 2,

    /// <summary>Resolved, Closed: the resolution clock is stopped.</summary>
    Resolved = 3,
}

/// <summary>The ticket entered <see cref="Phase"/> at <see cref="At"/> (one status-history row).</summary>
public sealed record SlaPhaseChange(DateTime At, SlaPhase Phase);

/// <summary>
/// Builds a <see cref="SlaTimeline"/> from a ticket's status history, so every feature derives
/// pauses and reopens the same way: a pause lasts from entering a paused status until leaving
/// it; a resolution that is followed by a running or paused status is a reopen; the last
/// resolution, when the ticket is still resolved, is <see cref="SlaTimeline.ResolvedAt"/>.
/// Moving between two statuses of the same phase changes nothing.
/// </summary>
public static class SlaPhases
{
    /// <summary>
    /// The timeline of a ticket opened (in <see cref="SlaPhase.Running"/>) at
    /// <paramref name="openedAt"/> whose status then changed as listed (any order; sorted by time).
    /// </summary>
    public static SlaTimeline Timeline(
        DateTime openedAt, DateTime? firstRespondedAt, IEnumerable<SlaPhaseChange> changes)
    {
        var pauses = new List<SlaPause>();
        var reopens = new List<SlaReopen>();
        var (phase, since) = (SlaPhase.Running, Clock.Utc(openedAt));
        foreach (var change in changes.OrderBy(c => c.At))
        {
            if (change.Phase == phase)
            {
                continue;
            }

            var at = Clock.Utc(change.At);
            if (phase == SlaPhase.Paused)
            {
                pauses.Add(new SlaPause(since, at));
            }
            else if (phase == SlaPhase.Resolved)
            {
                reopens.Add(new SlaReopen(since, at));
            }

            (phase, since) = (change.Phase, at);
        }

        if (phase == SlaPhase.Paused)
        {
            pauses.Add(new SlaPause(since, null));
        }

        var resolvedAt = phase == SlaPhase.Resolved ? since : (DateTime?)null;

        return new SlaTimeline(openedAt, firstRespondedAt, resolvedAt, pauses, reopens);
    }
}
