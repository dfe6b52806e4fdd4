using Crm.Infrastructure.Common;
using Crm.Infrastructure.Teams;

namespace Crm.Web.Common;

/// <summary>
/// The signed-in user's time zone, read once per circuit. Converts stored UTC times for display
/// and times the user types back to UTC. Until <see cref="LoadAsync"/> ran, UTC is used.
/// </summary>
internal sealed class UserTimeZone(ICurrentUser currentUser, IUserProfileService profiles, TimeProvider clock)
{
    private TimeZoneInfo? _zone;

    public TimeZoneInfo Zone => _zone ?? TimeZoneInfo.Utc;

    /// <summary>The user's local "now", without a kind (it is neither UTC nor the server's local time).</summary>
    public DateTime Now => ToLocal(clock.GetUtcNow().UtcDateTime);

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<TimeZoneInfo> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (_zone is not null)
        {
            return _zone;
        }

        var actor = await currentUser.GetAsync(cancellationToken);
        var profile = await profiles.FindAsync(actor.UserId, cancellationToken);
        _zone = profile is not null && TimeZoneInfo.TryFindSystemTimeZoneById(profile.TimeZone, out var zone)
            ? zone
            : TimeZoneInfo.Utc;

        return _zone;
    }

    public DateTime ToLocal(DateTime utc) =>
        DateTime.SpecifyKind(
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone),
            DateTimeKind.Unspecified);

    /// <summary>
    /// A wall-clock time in the user's zone as UTC; a time skipped by a clock change moves an hour on.
    /// </summary>
    public DateTime ToUtc(DateTime local)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(wallClock))
        {
            wallClock = wallClock.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(wallClock, Zone);
    }
}
