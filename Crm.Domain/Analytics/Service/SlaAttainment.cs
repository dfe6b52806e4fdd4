namespace Crm.Domain.Analytics.Service;

/// <summary>
/// The share of SLA targets met, per clock, among tickets opened in the window whose clock is
/// decided: met ÷ (met + breached). Tickets without a policy and clocks still running count
/// in neither.
/// </summary>
public sealed record SlaAttainment(ClockAttainment FirstResponse, ClockAttainment Resolution)
{
    public static SlaAttainment Of(IEnumerable<TicketFact> facts, ServiceWindow window)
    {
        var opened = facts.Where(f => window.Contains(f.OpenedAt)).ToList();

        return new SlaAttainment(
            ClockAttainment.Of(opened.Select(f => f.FirstResponseMet)),
            ClockAttainment.Of(opened.Select(f => f.ResolutionMet)));
    }
}

/// <summary>One clock's decided targets; <see cref="Rate"/> is null when none is decided.</summary>
public sealed record ClockAttainment(int Met, int Breached)
{
    /// <summary>Met ÷ (met + breached), exact (0.75 is 75 %).</summary>
    public decimal? Rate => Met + Breached == 0 ? null : (decimal)Met / (Met + Breached);

    public static ClockAttainment Of(IEnumerable<bool?> flags)
    {
        var decided = flags.Where(f => f is not null).Select(f => f!.Value).ToList();

        return new ClockAttainment(decided.Count(m => m), decided.Count(m => !m));
    }
}
