using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets.Canned;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Crm.Web.Tickets.Canned;

/// <summary>
/// Picks one of the canned replies of the ticket's team and hands its text, filled in for the
/// ticket and the current agent, to the composer. Typing searches; Enter takes the first match,
/// Escape closes. Nothing is handed over when rendering fails, so the draft stays as it was.
/// </summary>
public sealed partial class CannedReplyPicker
{
    private const int SnippetLength = 90;

    private IReadOnlyList<CannedReplyRow>? _rows;
    private MudTextField<string>? _searchField;
    private string? _search;
    private bool _open;
    private bool _failed;

    [Inject]
    private ICannedReplyService Replies { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid TicketId { get; set; }

    /// <summary>Gets the rendered text of the reply picked.</summary>
    [Parameter, EditorRequired]
    public EventCallback<string> OnPicked { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>Opens the list with the cursor in its search box (the c shortcut).</summary>
    public async Task OpenAsync()
    {
        if (!_open)
        {
            _open = true;
            _failed = false;
            StateHasChanged();
            await LoadAsync();
        }

        StateHasChanged();
        if (_searchField is not null)
        {
            await _searchField.FocusAsync();
        }
    }

    private Task OnToggleClickedAsync()
    {
        if (!_open)
        {
            return OpenAsync();
        }

        OnCloseClicked();

        return Task.CompletedTask;
    }

    private void OnCloseClicked() => (_open, _search, _rows, _failed) = (false, null, null, false);

    private async Task OnSearchChangedAsync(string? search)
    {
        _search = search;
        await LoadAsync();
    }

    private Task OnSearchKeyDownAsync(KeyboardEventArgs args)
    {
        if (args.Key == "Escape")
        {
            OnCloseClicked();
        }
        else if (args.Key == "Enter" && _rows is { Count: > 0 } rows)
        {
            return OnPickedAsync(rows[0]);
        }

        return Task.CompletedTask;
    }

    private async Task OnPickedAsync(CannedReplyRow row)
    {
        _failed = false;
        try
        {
            var text = await Replies.RenderAsync(row.Id, TicketId);
            OnCloseClicked();
            await OnPicked.InvokeAsync(text);
        }
        catch (Exception error) when (error is NotFoundException or ForbiddenException)
        {
            _failed = true;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _rows = await Replies.ListForTicketAsync(TicketId, _search);
        }
        catch (NotFoundException)
        {
            _rows = [];
        }
    }

    private static string Snippet(CannedReplyRow row)
    {
        var flat = string.Join(' ', row.Body.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

        return flat.Length <= SnippetLength ? flat : flat[..SnippetLength] + "…";
    }
}
