using Crm.Domain.Common;
using Crm.Infrastructure.Sla;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Sla.Calendars;

/// <summary>
/// "What deadline would a ticket opened at X with a target of Y get?" on the calendar as it is
/// being edited, saved or not. The opening moment is read in the calendar's own time zone; the
/// deadline is shown there and, when it differs, in the reader's zone.
/// </summary>
public sealed partial class DeadlinePreview
{
    private DateTime? _date;
    private string _time = "17:00";
    private int _amount = 8;
    private bool _inHours = true;
    private string? _error;
    private (DateTime Local, DateTime? Yours)? _due;

    [Inject]
    private ISlaCalendarService Calendars { get; set; } = default!;

    [Inject]
    private UserTimeZone UserZone { get; set; } = default!;

    [Parameter, EditorRequired]
    public CalendarForm Form { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await UserZone.LoadAsync();
        _date = UserZone.Now.Date;
    }

    private void OnPreview()
    {
        (_error, _due) = (null, null);
        var time = CalendarForm.Parse(_time, false);
        if (_date is not { } date || time is null || Form.UnreadableDays().Any()
            || !TimeZoneInfo.TryFindSystemTimeZoneById(Form.TimeZoneId, out var zone))
        {
            _error = Text["Preview.Incomplete"];
            return;
        }

        try
        {
            var opened = ToUtc(zone, date.Date + time.Value);
            var minutes = _inHours ? _amount * 60 : _amount;
            var due = Calendars.PreviewDeadline(Form.ToInput(), opened, minutes);
            var local = TimeZoneInfo.ConvertTimeFromUtc(due, zone);
            var yours = UserZone.Zone.Id == zone.Id ? (DateTime?)null : UserZone.ToLocal(due);
            _due = (local, yours);
        }
        catch (DomainException error)
        {
            var message = Text[$"Error.{error.Code}"];
            _error = message.ResourceNotFound ? Text["Error.invalid"] : message.Value;
        }
    }

    // A time skipped by a spring-forward change is read an hour later, as the user zone does.
    private static DateTime ToUtc(TimeZoneInfo zone, DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);

        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(wall) ? wall.AddHours(1) : wall, zone);
    }
}
