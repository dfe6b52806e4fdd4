using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Leads;

/// <summary>Says in the reader's language why a lead went to its owner or queue.</summary>
internal static class AssignmentText
{
    /// <summary>
    /// "Assigned by rule 华东制造业 (round robin): …" for a rule's decision, "Reassigned by 陈丽" or
    /// "Taken by 张伟" for a manual one; a reason code the screens know is translated, a rule's own
    /// text is shown as written.
    /// </summary>
    public static string Describe(LeadRouting routing, IStringLocalizer<LeadText> text)
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

        var known = text[$"Assignment.{note.Reason}"];
        var reason = known.ResourceNotFound ? note.Reason : known.Value;

        return string.IsNullOrEmpty(note.RuleName)
            ? reason
            : string.Format(text["Assignment.ByRule"], note.RuleName, reason);
    }
}
