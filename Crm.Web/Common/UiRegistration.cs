using MudBlazor;
using MudBlazor.Services;

namespace Crm.Web.Common;

internal static class UiRegistration
{
    public static IServiceCollection AddCrmUi(this IServiceCollection services)
    {
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 4000;
            options.SnackbarConfiguration.ShowCloseIcon = true;
        });
        services.AddScoped<UserTimeZone>();

        return services;
    }
}
