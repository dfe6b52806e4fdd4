namespace Crm.Domain.Common;

/// <summary>Normalises business moments to UTC, the only kind the model stores.</summary>
public static class Clock
{
    /// <summary>
    /// Returns <paramref name="at"/> as UTC. Local times are converted; unspecified times are
    /// taken to be UTC already.
    /// </summary>
    public static DateTime Utc(DateTime at) => at.Kind switch
    {
        DateTimeKind.Utc => at,
        DateTimeKind.Local => at.ToUniversalTime(),
        _ => DateTime.SpecifyKind(at, DateTimeKind.Utc),
    };
}
