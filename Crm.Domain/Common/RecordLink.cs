namespace Crm.Domain.Common;

/// <summary>The kinds of record that activities and tasks can point at.</summary>
public enum RecordKind
{
    Account = 1,
    Contact = 2,
    Lead = 3,
    Opportunity = 4,
    Ticket = 5,
}

/// <summary>A typed pointer to another record, so new record types slot in without new columns.</summary>
public sealed record RecordLink(RecordKind Kind, Guid Id);
