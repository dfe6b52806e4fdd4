using Microsoft.Extensions.Localization;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>How long something lasted, in the largest whole unit: "3 天", "3 days", "5 hours".</summary>
internal static class HumanDuration
{
    public static string Format(TimeSpan span, IStringLocalizer<OpportunityText> text) => span switch
    {
        { TotalDays: >= 1 } => Count(text, "Day", (int)span.TotalDays),
        { TotalHours: >= 1 } => Count(text, "Hour", (int)span.TotalHours),
        { TotalMinutes: >= 1 } => Count(text, "Minute", (int)span.TotalMinutes),
        _ => text["Duration.Moment"],
    };

    private static string Count(IStringLocalizer<OpportunityText> text, string unit, int count) =>
        count == 1 ? text[$"Duration.{unit}"] : text[$"Duration.{unit}s", count];
}
