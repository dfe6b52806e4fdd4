using Crm.Domain.Common;
using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets.Canned;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Tickets.Canned;

/// <summary>
/// A support team's canned replies: agents read and search them, leads and administrators write,
/// edit and retire them. A user in several teams (a lead of two, an administrator) picks the team.
/// Changes colleagues save show up live.
/// </summary>
public sealed partial class CannedRepliesPage : IDisposable
{
    private static readonly DialogOptions DialogOptions = new()
    {
        MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true,
    };

    private IReadOnlyList<CannedReplyTeam>? _teams;
    private IReadOnlyList<CannedReplyRow>? _rows;
    private Guid _teamId;
    private string? _search;
    private bool _busy;
    private LiveReload? _live;

    [Inject]
    private ICannedReplyService Replies { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    private CannedReplyTeam? Team => _teams?.FirstOrDefault(t => t.Id == _teamId);

    public void Dispose() => _live?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        _teams = await Replies.TeamsAsync();
        _teamId = _teams.FirstOrDefault()?.Id ?? Guid.Empty;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _live = LiveReload.Start(
                Bus, e => e is CannedReplyChanged changed && changed.TeamId == _teamId,
                () => InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                }));
        }
    }

    private async Task LoadAsync()
    {
        _rows = Team is null ? null : await Replies.ListAsync(_teamId, _search);
    }

    private async Task OnTeamChangedAsync(Guid teamId)
    {
        (_teamId, _rows) = (teamId, null);
        await LoadAsync();
    }

    private async Task OnSearchChangedAsync(string? search)
    {
        _search = search;
        await LoadAsync();
    }

    private Task OnNewClickedAsync() => EditAsync(null);

    private Task OnEditClickedAsync(CannedReplyRow row) => EditAsync(row);

    private async Task EditAsync(CannedReplyRow? row)
    {
        var parameters = new DialogParameters<CannedReplyDialog>
        {
            { d => d.TeamId, _teamId },
            { d => d.Reply, row },
        };
        var title = Text[row is null ? "Dialog.NewTitle" : "Dialog.EditTitle"];
        var dialog = await Dialogs.ShowAsync<CannedReplyDialog>(title, parameters, DialogOptions);
        if (await dialog.Result is { Canceled: false, Data: string saved })
        {
            Snackbar.Add(saved, Severity.Success);
            await LoadAsync();
        }
    }

    private async Task OnRetireClickedAsync(CannedReplyRow row)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Retire.Title"], string.Format(Text["Retire.Message"], row.Title),
            Text["Action.Retire"], cancelText: Text["Action.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            await Replies.RetireAsync(row.Id, row.Version);
            Snackbar.Add(string.Format(Text["Retire.Done"], row.Title), Severity.Success);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException
            or ForbiddenException or DomainException)
        {
            Snackbar.Add(Text[ErrorKey(error)], Severity.Warning);
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private static string ErrorKey(Exception error) => error switch
    {
        ConcurrencyConflictException => "Error.conflict",
        ForbiddenException => "Error.forbidden",
        _ => "Error.gone",
    };
}
