using Microsoft.Extensions.Localization;

namespace Crm.Web.Sla;

/// <summary>Working minutes as people read them: "45 min", "4 h", "7 h 30 min".</summary>
internal static class SlaDurations
{
    public static string Format(int minutes, IStringLocalizer<SlaText> text)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        if (hours == 0)
        {
            return string.Format(text["Duration.Minutes"], rest);
        }

        return rest == 0
            ? string.Format(text["Duration.Hours"], hours)
            : string.Format(text["Duration.HoursMinutes"], hours, rest);
    }
}
