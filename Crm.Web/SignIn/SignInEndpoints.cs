using Crm.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Crm.Web.SignIn;

internal static class SignInEndpoints
{
    public static void MapSignInEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/sign-out", SignOutAsync);

    private static async Task<IResult> SignOutAsync(SignInManager<CrmIdentityUser> signIn)
    {
        await signIn.SignOutAsync();

        return Results.LocalRedirect("/sign-in");
    }
}
