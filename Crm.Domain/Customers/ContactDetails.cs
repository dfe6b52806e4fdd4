namespace Crm.Domain.Customers;

/// <summary>The editable fields of a contact, validated together.</summary>
public sealed record ContactDetails(
    string Name,
    string? Title,
    string? Phone,
    string? Mobile,
    string? Email,
    string? WeChatId);
