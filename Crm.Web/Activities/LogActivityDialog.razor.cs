using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Activities;

/// <summary>
/// Logs a new activity (or corrects <see cref="Existing"/>) and closes with the saved
/// <see cref="ActivityItem"/>. Enter in the subject or Ctrl+Enter in the notes saves.
/// </summary>
public sealed partial class LogActivityDialog
{
    private readonly FormErrors _errors = new();
    private ActivityForm _form = new();
    private IReadOnlyList<ContactRow> _contacts = [];
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Parameter]
    public ActivityKind Kind { get; set; } = ActivityKind.Call;

    /// <summary>The contact the activity is with, preselected.</summary>
    [Parameter]
    public Guid? ContactId { get; set; }

    /// <summary>The record of the account a new activity is about (an opportunity), if any.</summary>
    [Parameter]
    public RecordLink? Related { get; set; }

    /// <summary>When set, the dialog corrects this activity instead of logging a new one.</summary>
    [Parameter]
    public ActivityItem? Existing { get; set; }

    [Inject]
    private IActivityService Activities { get; set; } = default!;

    [Inject]
    private IContactService Contacts { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ActivityText> Text { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        _form = Existing is null ? ActivityForm.New(Kind, Zone.Now, ContactId) : ActivityForm.From(Existing, Zone);
        _contacts = await ContactsOfAccountAsync();
    }

    private void OnKindChanged(ActivityKind kind)
    {
        _form.Kind = kind;
        if (ActivityKindStyle.HasDirection(kind) && _form.Direction == ActivityDirection.None)
        {
            _form.Direction = ActivityDirection.Outbound;
        }
    }

    private Task OnSubjectKeyDownAsync(KeyboardEventArgs e) =>
        e.Key is "Enter" or "NumpadEnter" ? OnSaveAsync() : Task.CompletedTask;

    private Task OnBodyKeyDownAsync(KeyboardEventArgs e) =>
        e.Key is "Enter" or "NumpadEnter" && (e.CtrlKey || e.MetaKey) ? OnSaveAsync() : Task.CompletedTask;

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        if (_saving || !Validate())
        {
            return;
        }

        _saving = true;
        try
        {
            var item = await SaveAsync(_form.ToEntry(Zone));
            Dialog.Close(DialogResult.Ok(item));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, ActivityForm.Fields);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error is ConcurrencyConflictException ? "Error.conflict" : "Error.gone"]);
        }
        finally
        {
            _saving = false;
        }
    }

    private Task<ActivityItem> SaveAsync(ActivityEntry entry) =>
        Existing is null
            ? Activities.LogAsync(AccountId, _form.ContactId, Related, entry)
            : Activities.CorrectAsync(Existing.Id, Existing.Version, entry);

    private bool Validate()
    {
        _errors.Clear();
        foreach (var (field, code) in _form.Problems())
        {
            _errors.Add(field, Text[$"Error.{code}"]);
        }

        return !_errors.Any;
    }

    private async Task<IReadOnlyList<ContactRow>> ContactsOfAccountAsync()
    {
        try
        {
            return await Contacts.ListByAccountAsync(AccountId);
        }
        catch (NotFoundException)
        {
            return [];
        }
    }
}
