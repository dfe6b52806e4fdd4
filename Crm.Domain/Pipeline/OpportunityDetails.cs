namespace Crm.Domain.Pipeline;

/// <summary>
/// What a person types about an opportunity besides its amount, stage and owner. Competitors
/// are trimmed and de-duplicated ignoring case; null means none.
/// </summary>
public sealed record OpportunityDetails(
    string Name,
    Guid? PrimaryContactId,
    DateOnly ExpectedCloseDate,
    string? NextStep = null,
    IReadOnlyList<string>? Competitors = null);

/// <summary>Why and on which day an opportunity was won or lost; required to close it.</summary>
public sealed record CloseInfo(string Reason, DateOnly ClosedOn);
