using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;
using Crm.Web.Assignment;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Leads;

/// <summary>Says in the reader's language why a lead went to its owner or queue.</summary>
internal static class RoutingText
{
    /// <summary>
    /// "按规则「华南线索」分配：在 华南销售组 中未结线索最少（3 条）。" for a rule's decision, the reason
    /// alone when no rule matched, "Reassigned by 陈丽" or "Taken by 张伟" for a manual one. The
    /// reason is put together from the code and arguments the engine gave, in the reader's
    /// language; a code this build does not know is shown as it is.
    /// </summary>
    public static string Describe(LeadRouting routing, IStringLocalizer<LeadText> text, AssignmentWording wording)
    {
        if (routing.Note is not { } note)
        {
            return "";
        }

        if (note.Reason == AssignmentNote.Reassigned)
        {
            var key = routing.AssignedById == routing.OwnerId ? "Assignment.TakenBy" : "Assignment.ReassignedBy";

            return string.Format(text[key], routing.AssignedByName ?? text["Creator.System"]);
        }

        var reason = wording.Reason(note.Reason, note.Arguments) ?? note.Reason;

        return string.IsNullOrEmpty(note.RuleName)
            ? reason
            : string.Format(text["Assignment.ByRule"], note.RuleName, reason);
    }

    /// <summary>"Saved: 林晓燕 will work it." or "Saved: it waits in the 华南销售组 queue.", after entering a lead.</summary>
    public static string Arrival(LeadRouting routing, IStringLocalizer<LeadText> text) => routing switch
    {
        { OwnerName: { } owner } => string.Format(text["Leads.SavedForOwner"], owner),
        { QueueName: { } queue } => string.Format(text["Leads.SavedInQueue"], queue),
        _ => text["Leads.SavedUnassigned"],
    };
}
