using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets.Canned;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Tickets.Canned;

/// <summary>
/// Writes or edits a canned reply, previewing it live as it reads on the team's latest ticket
/// (or on a sample one) for the current user. Placeholder chips go in where the caret stands,
/// or at the end. An unknown placeholder is named, with its line and column, while typing.
/// Closes with the message to show.
/// </summary>
public sealed partial class CannedReplyDialog : IAsyncDisposable
{
    private const string AnyLanguage = "";
    private const string BodySelector = "textarea[data-testid=canned-body]";
    private static readonly string[] Fields = ["Title", "Body", "Language"];

    private readonly FormErrors _errors = new();
    private string? _title;
    private string? _body;
    private string _language = AnyLanguage;
    private CannedReplyValues? _sample;
    private IJSObjectReference? _module;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ICannedReplyService Replies { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid TeamId { get; set; }

    /// <summary>The reply to edit; null writes a new one.</summary>
    [Parameter]
    public CannedReplyRow? Reply { get; set; }

    private string? BodyError => CannedReplyTemplate.FirstUnknown(_body) is { } unknown
        ? string.Format(Text["Error.UnknownPlaceholder"], unknown.Text, unknown.Line, unknown.Column)
        : _errors["Body"];

    private CannedReplyValues PreviewValues
    {
        get
        {
            var language = _language.Length > 0 ? _language : CultureInfo.CurrentUICulture.Name;
            var sample = _sample ?? new CannedReplyValues(null, null, null, null, null, null);
            if (sample.TicketNumber is not null)
            {
                return sample with { Language = language };
            }

            return sample with
            {
                TicketNumber = TicketNumbers.First, TicketSubject = Text["Sample.Subject"],
                ContactName = Text["Sample.Customer"], AccountName = Text["Sample.Account"], Language = language,
            };
        }
    }

    private string Preview => CannedReplyTemplate.Render(_body, PreviewValues);

    private string PreviewCaption => _sample?.TicketNumber is { } number
        ? string.Format(Text["Dialog.PreviewOn"], TicketNumbers.Format(number))
        : Text["Dialog.PreviewSample"];

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (Exception exception) when (exception is JSDisconnectedException or TaskCanceledException)
        {
            // The circuit is gone, and the module with it.
        }
    }

    protected override async Task OnInitializedAsync()
    {
        if (Reply is { } reply)
        {
            (_title, _body, _language) = (reply.Title, reply.Body, reply.Language ?? AnyLanguage);
        }

        try
        {
            _sample = await Replies.SampleAsync(TeamId);
        }
        catch (NotFoundException)
        {
            // The team went out of reach; the preview uses the sample values.
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Tickets/Canned/CannedReplyDialog.razor.js");
            if (_module is not null)
            {
                await _module.InvokeVoidAsync("watch", BodySelector);
            }
        }
    }

    private async Task OnPlaceholderClickedAsync(string placeholder)
    {
        var token = CannedReplyTemplate.Token(placeholder);
        var caret = _module is null ? null : await _module.InvokeAsync<int?>("caretOf", BodySelector);
        var (body, after) = CannedReplyInsertion.InsertAt(_body, token, caret);
        _body = body;
        StateHasChanged();
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("placeCaret", BodySelector, after);
        }
    }

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _errors.Clear();
        _saving = true;
        try
        {
            var input = new CannedReplyInput(_title ?? "", _body ?? "", _language.Length > 0 ? _language : null);
            if (Reply is null)
            {
                await Replies.CreateAsync(TeamId, input);
            }
            else
            {
                await Replies.UpdateAsync(Reply.Id, Reply.Version, input);
            }

            Dialog.Close(DialogResult.Ok(string.Format(Text["Dialog.Saved"], input.Title.Trim())));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, Fields);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error switch
            {
                ConcurrencyConflictException => "Error.conflict",
                ForbiddenException => "Error.forbidden",
                _ => "Error.gone",
            }]);
        }
        finally
        {
            _saving = false;
        }
    }
}
