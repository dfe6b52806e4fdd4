using System.Globalization;
using Crm.Infrastructure.FollowUps;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.FollowUps;

/// <summary>
/// One task: a done box, the subject, when it is due (red once overdue), and optionally whose and where.
/// </summary>
public sealed partial class FollowUpLine
{
    [Parameter, EditorRequired]
    public FollowUpItem Item { get; set; } = default!;

    [Parameter]
    public bool ShowAccount { get; set; }

    [Parameter]
    public bool ShowAssignee { get; set; }

    /// <summary>While the parent saves a toggle, the box waits.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Raised when the user ticks or unticks the task; the parent completes or reopens it.</summary>
    [Parameter]
    public EventCallback<FollowUpItem> OnToggle { get; set; }

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FollowUpText> Text { get; set; } = default!;

    private bool IsOverdue => !Item.IsDone && Item.DueAt < Zone.UtcNow;

    private string DueTitle => Zone.ToLocal(Item.DueAt).ToString("f", CultureInfo.CurrentCulture);

    private string SubjectStyle =>
        "overflow-wrap: anywhere" + (Item.IsDone ? "; text-decoration: line-through; opacity: .7" : "");

    private string DueText => Item.IsDone && Item.CompletedAt is { } done
        ? string.Format(CultureInfo.CurrentCulture, Text["Task.Done"], RelativeTime.Format(done, Zone.UtcNow, Text))
        : string.Format(
            CultureInfo.CurrentCulture, Text[IsOverdue ? "Task.Overdue" : "Task.Due"],
            RelativeTime.Format(Item.DueAt, Zone.UtcNow, Text));

    private Task OnCheckedAsync(bool _) => OnToggle.InvokeAsync(Item);
}
