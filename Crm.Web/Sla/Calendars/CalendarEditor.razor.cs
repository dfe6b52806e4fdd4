using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Sla;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Sla.Calendars;

/// <summary>
/// Edits a whole calendar — name, time zone, weekly hours, holidays and make-up days — and
/// saves it as one change; a new one when <see cref="Calendar"/> is null. Broken rules show
/// next to their field (a weekday's row for its periods); a conflict or refusal above the form,
/// with what was typed kept. Raises <see cref="OnSaved"/> with the calendar as saved.
/// </summary>
public sealed partial class CalendarEditor
{
    private static readonly string[] Fields =
        ["Name", "TimeZone", "Shifts", "Days", .. CalendarForm.WeekFromMonday.Select(d => $"Shifts.{d}")];

    private readonly FormErrors _errors = new();
    private CalendarForm _form = CalendarForm.New();
    private bool _saving;

    [Inject]
    private ISlaCalendarService Calendars { get; set; } = default!;

    /// <summary>The calendar to edit, as loaded; null for a new one.</summary>
    [Parameter]
    public CalendarView? Calendar { get; set; }

    [Parameter]
    public EventCallback<CalendarView> OnSaved { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    protected override void OnInitialized() =>
        _form = Calendar is null ? CalendarForm.New() : CalendarForm.Of(Calendar);

    private string? ErrorOf(string field) => _errors[field];

    private Task OnCancelAsync() => OnCancel.InvokeAsync();

    private async Task OnSaveAsync()
    {
        _errors.Clear();
        Check();
        if (_errors.Any || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var input = _form.ToInput();
            var saved = Calendar is null
                ? await Calendars.CreateAsync(input)
                : await Calendars.UpdateAsync(Calendar.Id, Calendar.Version, input);
            await OnSaved.InvokeAsync(saved);
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, Fields);
        }
        catch (ConcurrencyConflictException)
        {
            _errors.SetGeneral(Text["Error.conflict"]);
        }
        catch (Exception error) when (error is NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text["Error.forbidden"]);
        }
        finally
        {
            _saving = false;
        }
    }

    private void Check()
    {
        if (string.IsNullOrWhiteSpace(_form.Name))
        {
            _errors.Add("Name", Text["Error.Name.required"]);
        }

        foreach (var day in _form.UnreadableDays())
        {
            _errors.Add($"Shifts.{day}", Text["Error.Shifts.format"]);
        }
    }
}
