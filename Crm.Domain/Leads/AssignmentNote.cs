namespace Crm.Domain.Leads;

/// <summary>
/// Why a lead went to its owner or queue: the rule that decided (none for manual and default
/// decisions) and the reason. <see cref="Reason"/> is either one of the well-known codes below,
/// which screens translate, or text written by the deciding rule.
/// </summary>
public sealed record AssignmentNote(Guid? RuleId, string RuleName, string Reason)
{
    public const int MaxRuleNameLength = 200;
    public const int MaxReasonLength = 500;

    /// <summary>Someone moved the lead to another owner by hand; the lead records who.</summary>
    public const string Reassigned = "manual.reassigned";

    /// <summary>A sales rep or manager entered the lead and owns it.</summary>
    public const string EnteredByOwner = "creator.owner";

    /// <summary>Someone outside sales entered the lead; it waits in the first sales team's queue.</summary>
    public const string EnteredOutsideSales = "creator.outside-sales";

    /// <summary>The lead came in through the public web form; it waits in the first sales team's queue.</summary>
    public const string ArrivedByWebForm = "creator.web-form";

    /// <summary>A note for a decision no rule made, such as a manual reassignment.</summary>
    public static AssignmentNote Without(string reason) => new(null, "", reason);
}
