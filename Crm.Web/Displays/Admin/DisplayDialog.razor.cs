using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Crm.Web.Displays.Admin;

/// <summary>
/// Sets a wall display up or edits <see cref="Row"/>. A new display closes with its
/// <see cref="DisplayAddress"/> (the only copy of its kiosk token); an edit closes with the message
/// to show. The service's refusals show beside the field they name, a team, pipeline or queue gone
/// beside its select, a conflict above the form; what was typed stays.
/// </summary>
public sealed partial class DisplayDialog
{
    private static readonly int MinRotation = (int)Display.MinRotation.TotalSeconds;
    private static readonly int MaxRotation = (int)Display.MaxRotation.TotalSeconds;

    private readonly FormErrors _errors = new();
    private DisplayForm? _form;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IDisplayService Displays { get; set; } = default!;

    [Parameter, EditorRequired]
    public DisplayChoices Choices { get; set; } = default!;

    /// <summary>The display to edit; null sets a new one up.</summary>
    [Parameter]
    public DisplayRow? Row { get; set; }

    private string RotationHint => string.Format(Text["Field.RotationHint"], MinRotation, MaxRotation);

    protected override async Task OnInitializedAsync()
    {
        if (Row is null)
        {
            _form = DisplayForm.New(Choices, CultureInfo.CurrentUICulture.Name);
            return;
        }

        try
        {
            var details = await Displays.GetAsync(Row.Id);
            _form = DisplayForm.Of(details.Settings);
        }
        catch (Exception error) when (error is NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error is ForbiddenException ? "Error.forbidden" : "Error.gone"]);
        }
    }

    private Task OnKeyDownAsync(KeyboardEventArgs e) =>
        e.Key is "Enter" or "NumpadEnter" ? OnSaveAsync() : Task.CompletedTask;

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        if (_saving || _form is null)
        {
            return;
        }

        _errors.Clear();
        _saving = true;
        try
        {
            var settings = _form.ToSettings();
            if (Row is null)
            {
                Dialog.Close(DialogResult.Ok(await Displays.CreateAsync(settings)));
            }
            else
            {
                await Displays.UpdateAsync(Row.Id, Row.Version, settings);
                Dialog.Close(DialogResult.Ok(string.Format(Text["Saved"], settings.Name.Trim())));
            }
        }
        catch (Exception error) when (error is DomainException or ConcurrencyConflictException
            or NotFoundException or ForbiddenException)
        {
            Show(error);
        }
        finally
        {
            _saving = false;
        }
    }

    private void Show(Exception error)
    {
        switch (error)
        {
            case DomainException domain:
                _errors.Add(domain, Text, DisplayForm.Fields);
                break;
            case NotFoundException { RecordType: "Team" }:
                _errors.Add("Scope", Text["Error.Team.gone"]);
                break;
            case NotFoundException { RecordType: "Pipeline" or "Queue" } part:
                _errors.Add("Part", Text[$"Error.{part.RecordType}.gone"]);
                break;
            default:
                _errors.SetGeneral(Text[ErrorKey(error)]);
                break;
        }
    }

    internal static string ErrorKey(Exception error) => error switch
    {
        ConcurrencyConflictException => "Error.conflict",
        ForbiddenException => "Error.forbidden",
        _ => "Error.gone",
    };
}
