using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Crm.Web.FollowUps;

/// <summary>"in 3 h", "2 d ago": how far a moment is from now, in the reader's language.</summary>
internal static class RelativeTime
{
    public static string Format(DateTime utc, DateTime utcNow, IStringLocalizer text)
    {
        var difference = utc - utcNow;
        var span = difference.Duration();
        if (span < TimeSpan.FromMinutes(1))
        {
            return text["Relative.Now"];
        }

        var (unit, count) = span < TimeSpan.FromHours(1) ? ("Minutes", (int)span.TotalMinutes)
            : span < TimeSpan.FromDays(1) ? ("Hours", (int)span.TotalHours)
            : ("Days", (int)span.TotalDays);
        var key = difference > TimeSpan.Zero ? $"Relative.In{unit}" : $"Relative.{unit}Ago";

        return string.Format(CultureInfo.CurrentCulture, text[key], count);
    }
}
