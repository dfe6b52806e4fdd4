using Crm.Infrastructure.FollowUps;

namespace Crm.Web.FollowUps;

internal static class FollowUpToggle
{
    /// <summary>Completes an open task or reopens a done one; returns it as saved.</summary>
    public static Task<FollowUpItem> ToggleAsync(this IFollowUpService followUps, FollowUpItem task) =>
        task.IsDone ? followUps.ReopenAsync(task.Id) : followUps.CompleteAsync(task.Id);

    /// <summary>The list with <paramref name="saved"/> in place of the task with its id.</summary>
    public static List<FollowUpItem> Replace(this IEnumerable<FollowUpItem> tasks, FollowUpItem saved) =>
        [.. tasks.Select(t => t.Id == saved.Id ? saved : t)];
}
