using Crm.Domain.Teams;
using MudBlazor;

namespace Crm.Web.Tickets.Workspace;

/// <summary>How an agent's status is drawn: the dot's colour and the text key.</summary>
internal static class AgentAvailability
{
    /// <summary>The statuses agents choose themselves, in menu order.</summary>
    public static IReadOnlyList<Availability> Choices { get; } =
        [Availability.Available, Availability.Away, Availability.Offline];

    public static Color DotColor(Availability availability) => availability switch
    {
        Availability.Available => Color.Success,
        Availability.Away => Color.Warning,
        _ => Color.Default,
    };

    public static string TextKey(Availability availability) => $"Agent.{availability}";
}
