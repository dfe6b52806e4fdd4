using Crm.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Identity;

internal static class IdentityRegistration
{
    public const int MaxFailedSignIns = 5;

    /// <summary>Identity stores, password rules and lockout; the web host adds cookies and sign-in.</summary>
    public static IServiceCollection AddCrmIdentityStores(this IServiceCollection services)
    {
        // The default token providers need data protection; registering it here keeps the
        // identity stores usable by every host (command line, tests), not only the web app.
        services.AddDataProtection().SetApplicationName("Crm").PersistKeysToDbContext<CrmDbContext>();
        services
            .AddIdentityCore<CrmIdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<CrmRole>()
            .AddEntityFrameworkStores<CrmDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<CrmClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<UserManagers>();
        services.AddScoped<IPasswordService, PasswordService>();

        return services;
    }
}
