using System.Text.Encodings.Web;
using System.Text.Unicode;
using Crm.Web.Export;
using MudBlazor;
using MudBlazor.Services;

namespace Crm.Web.Common;

internal static class UiRegistration
{
    public static IServiceCollection AddCrmUi(this IServiceCollection services)
    {
        // Chinese text goes out as characters, not as &#x...; escapes three times the size.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 4000;
            options.SnackbarConfiguration.ShowCloseIcon = true;
        });
        services.AddScoped<UserTimeZone>();
        services.AddScoped<ExportDownload>();

        return services;
    }
}
