using System.Globalization;
using Crm.Infrastructure.FollowUps;

namespace Crm.Web.FollowUps;

public enum FollowUpBucket
{
    Overdue,
    Today,
    ThisWeek,
    Later,
}

/// <summary>Sorts open tasks into overdue, today, this week and later, by the user's calendar.</summary>
internal static class FollowUpBuckets
{
    /// <param name="localNow">The user's wall-clock now; <paramref name="toLocal"/> converts due times alike.</param>
    public static FollowUpBucket Of(
        FollowUpItem task, DateTime utcNow, DateTime localNow, Func<DateTime, DateTime> toLocal, CultureInfo culture)
    {
        if (task.DueAt < utcNow)
        {
            return FollowUpBucket.Overdue;
        }

        var dueDay = toLocal(task.DueAt).Date;
        var today = localNow.Date;
        var firstDay = culture.DateTimeFormat.FirstDayOfWeek;
        var nextWeek = today.AddDays(7 - (((int)today.DayOfWeek - (int)firstDay + 7) % 7));

        return dueDay == today ? FollowUpBucket.Today
            : dueDay < nextWeek ? FollowUpBucket.ThisWeek
            : FollowUpBucket.Later;
    }
}
