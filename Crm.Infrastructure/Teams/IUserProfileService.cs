namespace Crm.Infrastructure.Teams;

/// <summary>What the shell needs about the signed-in user, and the preferences they change themselves.</summary>
public interface IUserProfileService
{
    /// <summary>Returns null when the user does not exist.</summary>
    Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Saves the UI language; an unsupported language throws a domain error.</summary>
    Task ChangeLanguageAsync(Guid userId, string language, CancellationToken cancellationToken = default);
}

public sealed record UserProfile(
    Guid Id, string DisplayName, string Email, string Language, string TimeZone, Guid TeamId, string TeamName,
    bool IsActive);
