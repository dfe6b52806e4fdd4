using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

/// <summary>
/// Ticket tags: trimmed, inner spaces collapsed, lower case (so <c>VPN</c> and <c>vpn</c> are one
/// tag), de-duplicated, at most <see cref="MaxCount"/> of up to <see cref="MaxLength"/> characters.
/// </summary>
public static class TicketTags
{
    public const int MaxCount = 10;
    public const int MaxLength = 30;

    /// <summary>The cleaned tags in the order given; throws "Tags.limit" past the limits.</summary>
    public static List<string> Normalize(IEnumerable<string>? tags)
    {
        var cleaned = (tags ?? [])
            .Select(t => string.Join(' ', (t ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Select(t => t.ToLowerInvariant())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (cleaned.Count > MaxCount || cleaned.Any(t => t.Length > MaxLength))
        {
            throw new DomainException(
                "Tags.limit", $"At most {MaxCount} tags of up to {MaxLength} characters.", "Tags");
        }

        return cleaned;
    }
}
