using Crm.Domain.Pipeline;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>How statuses look wherever opportunities are listed.</summary>
internal static class OpportunityStyle
{
    public static Color StatusColor(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Won => Color.Success,
        OpportunityStatus.Lost => Color.Error,
        _ => Color.Info,
    };

    public static string StatusIcon(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Won => Icons.Material.Filled.EmojiEvents,
        OpportunityStatus.Lost => Icons.Material.Filled.DoNotDisturbOn,
        _ => Icons.Material.Filled.TrendingUp,
    };

    /// <summary>The initials on a person's avatar: 陈丽 → 陈, David Miller → DM.</summary>
    public static string Initials(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return "?";
        }

        if (parts.Length == 1 || !char.IsAsciiLetter(parts[0][0]))
        {
            return parts[0][..1].ToUpperInvariant();
        }

        return $"{parts[0][0]}{parts[^1][0]}".ToUpperInvariant();
    }
}
