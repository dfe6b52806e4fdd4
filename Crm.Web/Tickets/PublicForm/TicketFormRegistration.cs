using Crm.Web.Common.PublicPosts;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Crm.Web.Tickets.PublicForm;

internal static class TicketFormRegistration
{
    /// <summary>The CORS and rate-limit policy name of the public ticket form.</summary>
    public const string Policy = "ticket-form";

    public static IServiceCollection AddCrmTicketForm(this IServiceCollection services)
    {
        services.AddOptions<TicketFormOptions>().BindConfiguration(TicketFormOptions.Section);
        services.AddPublicPostPolicies<TicketFormOptions, TicketFormRateLimit>(Policy);
        services.AddScoped<TicketFormSubmission>();

        return services;
    }
}

/// <summary>The ticket form's rate limit, refusing in the ticket texts.</summary>
internal sealed class TicketFormRateLimit(
    IOptions<TicketFormOptions> options, IStringLocalizer<TicketText> text, ILogger<TicketFormRateLimit> logger)
    : PublicPostRateLimit<TicketFormOptions>(options)
{
    protected override string Refused(HttpContext http, TicketFormOptions settings)
    {
        TicketFormLog.RateLimited(logger, settings.PermitLimit, settings.WindowSeconds);

        return text["Form.TooMany"];
    }
}
