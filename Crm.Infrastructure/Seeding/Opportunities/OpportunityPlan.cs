using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Seeding.Opportunities;

/// <summary>A line item a seeded opportunity gets when its quote is made, with the line's own id.</summary>
internal sealed record PlannedLine(Guid Id, LineDraft Draft);

/// <summary>
/// Everything about a seeded opportunity that does not depend on dates, drawn before its walk
/// through the stages: who and what it is about, the first estimate, how the quote and the final
/// discount change it (or the line items that replace it), why it would be won or lost, and the
/// draws that place its expected close date.
/// </summary>
internal sealed record OpportunityPlan(
    Guid Id,
    string Name,
    Guid AccountId,
    Guid? PrimaryContactId,
    Guid OwnerId,
    Money Estimate,
    IReadOnlyList<PlannedLine> Lines,
    decimal QuoteFactor,
    decimal Discount,
    string WonReason,
    string LostReason,
    string? NextStep,
    IReadOnlyList<string> Competitors,
    int? ProbabilityShift,
    double CloseDraw,
    double OverdueDraw)
{
    /// <summary>
    /// The day an open opportunity is due, when it has one of its own (a renewal's anniversary);
    /// otherwise its expected close follows from the stages still ahead.
    /// </summary>
    public DateOnly? DueOn { get; init; }
}
