using System.Globalization;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.FollowUps;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.FollowUps;

/// <summary>
/// My open follow-ups by when they are due (overdue, today, this week, later) and the ones I
/// finished lately. Ticking a task completes it in place, so a slip is one untick away.
/// </summary>
public sealed partial class FollowUpsPage
{
    private const int RecentlyDoneShown = 10;

    private List<FollowUpItem>? _open;
    private List<FollowUpItem>? _done;
    private IReadOnlyList<AssigneeOption> _assignees = [];
    private Guid? _busy;

    [Inject]
    private IFollowUpService FollowUps { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FollowUpText> Text { get; set; } = default!;

    // Ticked tasks keep their place until the page is loaded again.
    private IEnumerable<IGrouping<FollowUpBucket, FollowUpItem>> Groups =>
        (_open ?? []).GroupBy(t => FollowUpBuckets.Of(
                t, Zone.UtcNow, Zone.Now, Zone.ToLocal, CultureInfo.CurrentCulture))
            .OrderBy(g => g.Key);

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        _open = [.. await FollowUps.MyOpenAsync()];
        _done = [.. await FollowUps.MyCompletedAsync(RecentlyDoneShown)];
        _assignees = await FollowUps.AssigneesAsync();
    }

    private async Task OnToggleAsync(FollowUpItem task)
    {
        _busy = task.Id;
        try
        {
            var saved = await FollowUps.ToggleAsync(task);
            _open = _open?.Replace(saved);
            _done = _done?.Replace(saved);
        }
        catch (NotFoundException)
        {
            Snackbar.Add(Text["Error.gone"], Severity.Warning);
        }
        finally
        {
            _busy = null;
        }
    }

    private async Task OnCreated(FollowUpItem task)
    {
        var me = await CurrentUser.GetAsync();
        if (task.AssigneeId == me.UserId)
        {
            _open = [.. (_open ?? []).Append(task).OrderBy(t => t.DueAt)];
        }

        Snackbar.Add(Text["Created"], Severity.Success);
    }
}
