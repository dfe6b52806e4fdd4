using Crm.Domain.Activities;
using MudBlazor;

namespace Crm.Web.Activities;

/// <summary>How each kind of activity looks: its icon, colour and the test id of its quick-log button.</summary>
internal static class ActivityKindStyle
{
    /// <summary>The kinds in the order the quick-log buttons and filter chips show them.</summary>
    public static readonly IReadOnlyList<ActivityKind> All =
        [ActivityKind.Call, ActivityKind.Email, ActivityKind.WeChat, ActivityKind.Meeting, ActivityKind.Visit,
            ActivityKind.Note];

    public static string Icon(ActivityKind kind) => kind switch
    {
        ActivityKind.Call => Icons.Material.Filled.Phone,
        ActivityKind.Email => Icons.Material.Filled.Email,
        ActivityKind.WeChat => Icons.Material.Filled.Chat,
        ActivityKind.Meeting => Icons.Material.Filled.Groups,
        ActivityKind.Visit => Icons.Material.Filled.DirectionsCar,
        _ => Icons.Material.Filled.StickyNote2,
    };

    public static Color Color(ActivityKind kind) => kind switch
    {
        ActivityKind.Call => MudBlazor.Color.Primary,
        ActivityKind.Email => MudBlazor.Color.Info,
        ActivityKind.WeChat => MudBlazor.Color.Success,
        ActivityKind.Meeting => MudBlazor.Color.Secondary,
        ActivityKind.Visit => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Dark,
    };

    public static string TestId(ActivityKind kind) => $"log-{kind.ToString().ToLowerInvariant()}";

    /// <summary>Whether the kind has a direction (who reached out) worth recording.</summary>
    public static bool HasDirection(ActivityKind kind) =>
        kind is ActivityKind.Call or ActivityKind.Email or ActivityKind.WeChat;

    /// <summary>Whether the kind takes time worth recording.</summary>
    public static bool HasDuration(ActivityKind kind) =>
        kind is ActivityKind.Call or ActivityKind.Meeting or ActivityKind.Visit;

    public static bool HasOutcome(ActivityKind kind) => kind != ActivityKind.Note;
}
