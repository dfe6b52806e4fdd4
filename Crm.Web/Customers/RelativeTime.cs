using Microsoft.Extensions.Localization;

namespace Crm.Web.Customers;

/// <summary>Says how long ago a moment was, in the reader's language ("3 天前", "3 days ago").</summary>
public static class RelativeTime
{
    public static string Format(DateTime? atUtc, DateTime nowUtc, IStringLocalizer<CustomersText> text)
    {
        if (atUtc is not { } at)
        {
            return text["Relative.Never"];
        }

        var elapsed = nowUtc - at;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => text["Relative.JustNow"],
            { TotalHours: < 1 } => Count(text, "Minute", (int)elapsed.TotalMinutes),
            { TotalDays: < 1 } => Count(text, "Hour", (int)elapsed.TotalHours),
            { TotalDays: < 30 } => Count(text, "Day", (int)elapsed.TotalDays),
            { TotalDays: < 365 } => Count(text, "Month", (int)(elapsed.TotalDays / 30)),
            _ => Count(text, "Year", (int)(elapsed.TotalDays / 365)),
        };
    }

    private static string Count(IStringLocalizer<CustomersText> text, string unit, int count) =>
        count == 1 ? text[$"Relative.{unit}"] : text[$"Relative.{unit}s", count];
}
