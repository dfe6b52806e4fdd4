namespace Crm.Domain.Customers;

/// <summary>The editable descriptive fields of an account, validated together.</summary>
public sealed record AccountProfile(
    string Name,
    AccountKind Kind,
    Industry Industry,
    AccountTier Tier,
    string? Region,
    string? Phone,
    string? Email,
    string? Website,
    string? City,
    string? Address);
