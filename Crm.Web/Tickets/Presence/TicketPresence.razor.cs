using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Teams;
using Crm.Web.Tickets.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Presence;

/// <summary>
/// The collision warning of the ticket page, on the shared presence registry (the one the
/// opportunity page uses, keyed by record): this page joins the ticket when it is shown (the
/// ticket was read through its service, so only people who may see it are listed), counts as
/// editing while <see cref="IsReplying"/>, and leaves when it closes.
/// </summary>
public sealed partial class TicketPresence
{
    private IPresence? _presence;
    private bool _joining;

    [Parameter, EditorRequired]
    public Guid TicketId { get; set; }

    /// <summary>True while the composer holds a draft: others then see "… is replying".</summary>
    [Parameter]
    public bool IsReplying { get; set; }

    [Inject]
    private IPresenceRegistry Registry { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IUserProfileService Profiles { get; set; } = default!;

    [Inject]
    private IStringLocalizer<WorkspaceText> Text { get; set; } = default!;

    private IReadOnlyList<PresentUser> Others => _presence?.Others() ?? [];

    private IReadOnlyList<PresentUser> Replying => [.. Others.Where(p => p.IsEditing)];

    private IReadOnlyList<PresentUser> Viewing => [.. Others.Where(p => !p.IsEditing)];

    public void Dispose() => _presence?.Dispose();

    protected override async Task OnParametersSetAsync()
    {
        if (_presence?.Record.Id != TicketId && !_joining)
        {
            await JoinAsync();
        }

        if (IsReplying)
        {
            _presence?.StartEditing();
        }
        else
        {
            _presence?.StopEditing();
        }
    }

    private async Task JoinAsync()
    {
        _joining = true;
        _presence?.Dispose();
        var actor = await CurrentUser.GetAsync();
        var profile = await Profiles.FindAsync(actor.UserId);
        var viewer = new PresenceViewer(actor.UserId, profile?.DisplayName ?? "");
        _presence = Registry.Join(new RecordLink(RecordKind.Ticket, TicketId), viewer, OnPresenceChanged);
        _joining = false;
    }

    // Called on the thread of whoever joined, left or started typing; rendering happens on this circuit's.
    private void OnPresenceChanged() => _ = RenderAsync();

    private async Task RenderAsync()
    {
        try
        {
            await InvokeAsync(StateHasChanged);
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed while the change was on its way; its presence goes with it.
        }
    }

    private string Names(string key, IReadOnlyList<PresentUser> people) =>
        string.Format(Text[key], string.Join(Text["Collision.Separator"], people.Select(p => p.DisplayName)));
}
