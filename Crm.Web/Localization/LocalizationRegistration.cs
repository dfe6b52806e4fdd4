using System.Globalization;
using Crm.Domain.Common;
using Microsoft.AspNetCore.Localization;
using MudBlazor;

namespace Crm.Web.Localization;

internal static class LocalizationRegistration
{
    public static readonly CultureInfo[] Cultures = [new(Languages.English), new(Languages.Chinese)];

    public static IServiceCollection AddCrmLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<MudLocalizer, CrmMudLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new BrowserLanguageProvider(),
            ];
        });

        return services;
    }
}
