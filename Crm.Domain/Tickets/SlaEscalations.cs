using Crm.Domain.Sla;

namespace Crm.Domain.Tickets;

/// <summary>The escalations that acted on a ticket, one flag per clock and trigger.</summary>
[Flags]
public enum SlaEscalations
{
    None = 0,
    FirstResponseAtRisk = 1,
    FirstResponseBreached = 2,
    ResolutionAtRisk = 4,
    ResolutionBreached = 8,
}

internal static class SlaEscalationFlags
{
    public static SlaEscalations Of(SlaClockKind clock, SlaEscalationTrigger trigger) => (clock, trigger) switch
    {
        (SlaClockKind.FirstResponse, SlaEscalationTrigger.AtRisk) => SlaEscalations.FirstResponseAtRisk,
        (SlaClockKind.FirstResponse, SlaEscalationTrigger.Breached) => SlaEscalations.FirstResponseBreached,
        (SlaClockKind.Resolution, SlaEscalationTrigger.AtRisk) => SlaEscalations.ResolutionAtRisk,
        _ => SlaEscalations.ResolutionBreached,
    };
}
