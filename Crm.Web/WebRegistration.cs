using Crm.Web.Tickets.PublicForm;
using Crm.Web.Tickets.Satisfaction;
using Crm.Infrastructure.Mail;
using Crm.Web.Attachments;
using Crm.Web.Common;
using Crm.Web.Displays.Wall;
using Crm.Web.Components;
using Crm.Web.Live;
using Crm.Web.Leads.WebToLead;
using Crm.Web.Localization;
using Crm.Web.Security;
using Crm.Web.SignIn;

namespace Crm.Web;

internal static class WebRegistration
{
    public static IServiceCollection AddCrmWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCrmSecurity();
        services.AddCrmLocalization();
        services.AddCrmUi();
        services.AddCrmWebToLead();
        services.AddCrmTicketForm();
        services.AddCrmSatisfactionPages();
        services.AddScoped<IAppLinks, RequestAppLinks>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddCrmLiveHub();
        services.AddCrmWall();

        return services;
    }

    public static WebApplication UseCrmPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLocalization();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapCultureEndpoints();
        app.MapSignInEndpoints();
        app.MapCrmLiveHub();
        app.MapLeadEndpoints();
        app.MapTicketFormEndpoints();
        app.MapAttachmentEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AllowAnonymousCircuits();

        return app;
    }
}
