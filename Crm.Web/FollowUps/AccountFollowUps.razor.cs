using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.FollowUps;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.FollowUps;

/// <summary>An account's open follow-ups with due times, a done box each, and a line to add one.</summary>
public sealed partial class AccountFollowUps
{
    private List<FollowUpItem>? _tasks;
    private IReadOnlyList<AssigneeOption> _assignees = [];
    private bool _canAdd;
    private Guid? _busy;
    private (Guid Account, RecordLink? Related)? _loadedFor;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>
    /// Limits the list to the tasks about one record of the account (an opportunity's page);
    /// tasks added here are about it.
    /// </summary>
    [Parameter]
    public RecordLink? Related { get; set; }

    [Inject]
    private IFollowUpService FollowUps { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FollowUpText> Text { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == (AccountId, Related))
        {
            return;
        }

        _loadedFor = (AccountId, Related);
        try
        {
            var list = Related is { } related
                ? await FollowUps.OpenForRecordAsync(AccountId, related)
                : await FollowUps.OpenForAccountAsync(AccountId);
            (_tasks, _canAdd) = ([.. list.Open], list.CanAdd);
            _assignees = _canAdd ? await FollowUps.AssigneesAsync() : [];
        }
        catch (NotFoundException)
        {
            (_tasks, _canAdd) = ([], false);
        }
    }

    // A ticked task stays in the list, struck through, so unticking it again is one click.
    private async Task OnToggleAsync(FollowUpItem task)
    {
        _busy = task.Id;
        try
        {
            _tasks = _tasks!.Replace(await FollowUps.ToggleAsync(task));
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

    private void OnCreated(FollowUpItem task) =>
        _tasks = [.. _tasks!.Append(task).OrderBy(t => t.IsDone).ThenBy(t => t.DueAt)];
}
