namespace Crm.Domain.Common;

public static class TimeZones
{
    /// <summary>Returns the id when the system knows it; throws a domain error otherwise.</summary>
    public static string Require(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            throw new DomainException("time-zone.unknown", $"Unknown time zone '{timeZoneId}'.", "TimeZone");
        }

        return timeZoneId;
    }
}
