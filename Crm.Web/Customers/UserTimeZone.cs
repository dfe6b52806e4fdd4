using Crm.Infrastructure.Common;
using Crm.Infrastructure.Teams;

namespace Crm.Web.Customers;

/// <summary>The signed-in user's time zone, which stored UTC times are shown in.</summary>
public static class UserTimeZone
{
    /// <summary>The profile's zone; UTC when the profile or the zone cannot be found.</summary>
    public static async Task<TimeZoneInfo> ForAsync(
        ICurrentUser currentUser, IUserProfileService profiles, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var profile = await profiles.FindAsync(actor.UserId, cancellationToken);

        return profile is not null && TimeZoneInfo.TryFindSystemTimeZoneById(profile.TimeZone, out var zone)
            ? zone
            : TimeZoneInfo.Utc;
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
