using Crm.Infrastructure.Common;
using Crm.Infrastructure.Sla;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Sla.Calendars;

/// <summary>A new calendar, or an existing one loaded by id, in the calendar editor.</summary>
public sealed partial class CalendarEditPage
{
    private CalendarView? _calendar;
    private bool _missing;
    private List<BreadcrumbItem> _crumbs = [];

    [Inject]
    private ISlaCalendarService Calendars { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter]
    public Guid? Id { get; set; }

    private string Title => _calendar?.Name ?? (Id is null ? Text["Editor.NewTitle"] : Text["Calendars.Title"]);

    protected override async Task OnParametersSetAsync()
    {
        _crumbs = [new BreadcrumbItem(Text["Calendars.Title"], "/admin/sla/calendars")];
        if (Id is not { } id)
        {
            return;
        }

        try
        {
            _calendar = await Calendars.GetAsync(id);
        }
        catch (NotFoundException)
        {
            _missing = true;
        }
    }

    private void OnSaved(CalendarView saved)
    {
        Snackbar.Add(string.Format(Text["Editor.Saved"], saved.Name), Severity.Success);
        Navigation.NavigateTo("/admin/sla/calendars");
    }

    private void OnCancel() => Navigation.NavigateTo("/admin/sla/calendars");
}
