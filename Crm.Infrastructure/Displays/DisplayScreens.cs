using Crm.Domain.Displays;
using Crm.Infrastructure.Organization;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Displays;

/// <summary>How a saved display becomes what its screen shows.</summary>
internal static class DisplayScreens
{
    public static async Task<DisplayScreen> ScreenOfAsync(
        this CrmDbContext db, Display display, CancellationToken cancellationToken)
    {
        var organization = await OrganizationProfile.ReadAsync(db, cancellationToken);

        return new DisplayScreen(
            display.Id, display.Version, display.Name, display.Kind, display.TeamId, display.PipelineId,
            display.QueueId, display.Period, display.Pages, display.Rotation, display.Theme, display.Language,
            display.CelebrateWins, display.PlaySound, organization.Zone);
    }

    public static DisplaySettings SettingsOf(Display display) =>
        new(display.Name, display.Kind, display.TeamId, display.Pages, display.Language)
        {
            PipelineId = display.PipelineId,
            QueueId = display.QueueId,
            Period = display.Period,
            Rotation = display.Rotation,
            Theme = display.Theme,
            CelebrateWins = display.CelebrateWins,
            PlaySound = display.PlaySound,
        };
}
