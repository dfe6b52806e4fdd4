using Crm.Domain.Common;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// One user's choices on the pipeline screens. A screen setting, not business data: it has no
/// history, no events and no audit stamps, and it goes when the user's row goes.
/// </summary>
public sealed class BoardPreference
{
    public const int MaxColumns = 30;
    public const int MaxKeyLength = 40;

    private BoardPreference()
    {
        ListColumns = "";
    }

    internal BoardPreference(Guid userId)
        : this()
    {
        UserId = userId;
    }

    public Guid UserId { get; private set; }

    /// <summary>The list view's column keys, comma-separated, in order.</summary>
    public string ListColumns { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<string> ListColumnKeys => ListColumns.Split(',', StringSplitOptions.RemoveEmptyEntries);

    internal void ChooseListColumns(IReadOnlyList<string> keys, DateTime at)
    {
        var cleaned = keys.Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (cleaned.Count > MaxColumns || !cleaned.All(IsKey))
        {
            throw new DomainException(
                "ListColumns.invalid", "Columns are named by letters only, at most 30 of them.", nameof(ListColumns));
        }

        ListColumns = string.Join(',', cleaned);
        UpdatedAt = Clock.Utc(at);
    }

    private static bool IsKey(string key) => key.Length is > 0 and <= MaxKeyLength && key.All(char.IsAsciiLetter);
}
