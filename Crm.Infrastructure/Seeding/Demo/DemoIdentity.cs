using Crm.Domain.Teams;
using Crm.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>Creates the six roles and a sign-in for every demo user, sharing the domain user's id.</summary>
internal sealed class DemoIdentity(UserManager<CrmIdentityUser> users, RoleManager<CrmRole> roles)
{
    public async Task CreateAsync(IReadOnlyList<UserSpec> specs, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new CrmRole(role) { Id = DeterministicGuid.From("demo:role", role) }));
            }
        }

        // Hashing is deliberately slow (PBKDF2, about 0.1 s). The demo password is published, so
        // a salt per user would protect nothing; one hash shared by all keeps the seed fast.
        var signIns = specs.Select(SignInOf).ToList();
        var hash = users.PasswordHasher.HashPassword(signIns[0], DemoSignIns.Password);

        foreach (var (signIn, spec) in signIns.Zip(specs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            signIn.PasswordHash = hash;
            Ensure(await users.CreateAsync(signIn));
            Ensure(await users.AddToRoleAsync(signIn, spec.Role));
        }
    }

    private static CrmIdentityUser SignInOf(UserSpec spec) => new()
    {
        Id = spec.Id,
        UserName = spec.Email,
        Email = spec.Email,
        EmailConfirmed = true,
    };

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            var errors = string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}"));
            throw new InvalidOperationException($"Creating the demo sign-ins failed: {errors}");
        }
    }
}
