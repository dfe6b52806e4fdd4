namespace Crm.Infrastructure.Leads;

/// <summary>
/// What the conversion dialog offers for a lead: the existing accounts that look like it (by
/// company, phone or email, or through a contact that does), each with its contacts, that the
/// caller may attach it to; the names a new account and contact would get; and, for an
/// opportunity, the pipelines (first open stage named), the base currency and a default name.
/// <see cref="CanCreateOpportunity"/> is false for roles that do not work opportunities.
/// </summary>
public sealed record ConversionOptions(
    Guid LeadId,
    int Version,
    string LeadName,
    IReadOnlyList<AccountMatch> Accounts,
    string NewAccountName,
    string? NewContactName,
    string? ProductInterest,
    bool CanCreateOpportunity,
    IReadOnlyList<ConversionPipeline> Pipelines,
    string Currency);

/// <summary>
/// An existing account the lead could be attached to: what it shares with the lead (None when only
/// one of its contacts does) and its contacts, those that look like the lead's person first.
/// </summary>
public sealed record AccountMatch(
    Guid Id, string Name, string? City, string OwnerName, MatchedOn MatchedOn, IReadOnlyList<ContactMatch> Contacts);

/// <summary>A contact of a matching account; <see cref="MatchedOn"/> says what it shares with the lead.</summary>
public sealed record ContactMatch(Guid Id, string Name, string? Title, MatchedOn MatchedOn);

/// <summary>A pipeline a new opportunity can start in, at <see cref="FirstStageName"/>.</summary>
public sealed record ConversionPipeline(Guid Id, string Name, string FirstStageName);

/// <summary>
/// How to convert. <see cref="AccountId"/> attaches the lead to an existing account; null creates
/// one named <see cref="NewAccountName"/> (null: the lead's company, or its person for an
/// individual), owned by the lead's owner. <see cref="ContactId"/> attaches to one of that
/// account's contacts; null creates one named <see cref="NewContactName"/> (null: the lead's
/// person) with the lead's phone, email and WeChat. A null <see cref="Opportunity"/> creates none.
/// </summary>
public sealed record LeadConversionInput(
    Guid? AccountId,
    string? NewAccountName,
    Guid? ContactId,
    string? NewContactName,
    ConversionOpportunity? Opportunity);

/// <summary>A new opportunity from the lead, in the pipeline's first open stage; the amount as typed.</summary>
public sealed record ConversionOpportunity(
    Guid PipelineId, string Name, decimal Amount, string Currency, DateOnly ExpectedCloseDate);

/// <summary>What the lead became.</summary>
public sealed record ConversionResult(Guid AccountId, Guid ContactId, Guid? OpportunityId);

/// <summary>A lead that became (part of) an account, for the account's page.</summary>
public sealed record SourceLead(Guid Id, string Name, DateTime ConvertedAt, Guid? OpportunityId);
