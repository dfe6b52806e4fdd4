using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Analytics.Sales;

/// <summary>One opportunity behind a clicked chart segment, as the records list shows it.</summary>
public sealed record OpportunityRecord(
    Guid Id,
    string Name,
    string AccountName,
    string OwnerName,
    string StageName,
    OpportunityStatus Status,
    long? AmountBase,
    DateOnly ExpectedCloseDate,
    DateOnly? ClosedOn);
