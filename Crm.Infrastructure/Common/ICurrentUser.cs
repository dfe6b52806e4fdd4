namespace Crm.Infrastructure.Common;

/// <summary>Resolves who is signed in for the current circuit or request.</summary>
public interface ICurrentUser
{
    /// <summary>
    /// The signed-in actor. Throws <see cref="NotSignedInException"/> when nobody is signed in,
    /// so a service never runs a query without a visibility rule.
    /// </summary>
    Task<Actor> GetAsync(CancellationToken cancellationToken = default);
}

public sealed class NotSignedInException() : Exception("Nobody is signed in.");
