using Crm.Domain.Common;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Sla;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Sla.Calendars;

/// <summary>
/// The business calendars SLA clocks count on, for administrators: what each one works, how
/// many policies use it, which is the default; making another the default and deleting unused
/// ones. Changes other administrators save show up live.
/// </summary>
public sealed partial class CalendarsPage : IDisposable
{
    private IReadOnlyList<CalendarSummary>? _calendars;
    private LiveReload? _live;
    private bool _busy;

    [Inject]
    private ISlaCalendarService Calendars { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    public void Dispose() => _live?.Dispose();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribed before the first load, so a change saved in between is not missed.
        _live = LiveReload.Start(
            Bus, e => e is BusinessCalendarChanged or SlaPolicyChanged, () => InvokeAsync(RefreshAsync));
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        _calendars = await Calendars.ListAsync();
        StateHasChanged();
    }

    private Task OnMakeDefaultAsync(CalendarSummary calendar) =>
        RunAsync(() => Calendars.MakeDefaultAsync(calendar.Id, calendar.Version),
            string.Format(Text["Calendars.DefaultSet"], calendar.Name));

    private async Task OnDeleteAsync(CalendarSummary calendar)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Calendars.DeleteTitle"], string.Format(Text["Calendars.DeleteMessage"], calendar.Name),
            Text["Action.Delete"], cancelText: Text["Action.Cancel"]);
        if (confirmed == true)
        {
            await RunAsync(() => Calendars.DeleteAsync(calendar.Id, calendar.Version),
                string.Format(Text["Calendars.Deleted"], calendar.Name));
        }
    }

    private async Task RunAsync(Func<Task> change, string done)
    {
        _busy = true;
        try
        {
            await change();
            Snackbar.Add(done, Severity.Success);
        }
        catch (DomainException error)
        {
            var message = Text[$"Error.{error.Code}"];
            Snackbar.Add(message.ResourceNotFound ? Text["Error.invalid"] : message.Value, Severity.Warning);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            Snackbar.Add(Text[error is ConcurrencyConflictException ? "Error.conflict" : "Error.forbidden"],
                Severity.Warning);
        }
        finally
        {
            _busy = false;
        }

        await RefreshAsync();
    }
}
