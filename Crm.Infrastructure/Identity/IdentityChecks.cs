using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Microsoft.AspNetCore.Identity;

namespace Crm.Infrastructure.Identity;

internal static class IdentityChecks
{
    /// <summary>
    /// Turns a failed Identity result into the exception the UI understands: a stale row into a
    /// conflict, a taken or unusable email into a domain error on <c>Email</c>.
    /// </summary>
    public static void Ensure(IdentityResult result, Guid userId)
    {
        if (result.Succeeded)
        {
            return;
        }

        var codes = result.Errors.Select(e => e.Code).ToList();
        if (codes.Contains(nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConcurrencyConflictException("User", userId);
        }

        if (codes.Any(c => c.StartsWith("Duplicate", StringComparison.Ordinal)))
        {
            throw new DomainException("Email.taken", "A user with this email already exists.", "Email");
        }

        if (codes.Any(c => c.Contains("Email", StringComparison.Ordinal)
            || c.Contains("UserName", StringComparison.Ordinal)))
        {
            throw new DomainException("Email.invalid", "This email cannot be used to sign in.", "Email");
        }

        throw new InvalidOperationException($"Identity refused the change: {string.Join(", ", codes)}");
    }
}
