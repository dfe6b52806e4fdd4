using Crm.Domain.Common;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Targets;
using Crm.Web.Charts;
using Crm.Web.Common;
using Crm.Web.Periods;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Targets;

/// <summary>
/// Where administrators set the targets of a fiscal month or quarter: every sales team and its
/// active reps by won amount, won count and activities, edited in place, and the previous
/// period's targets copied where none is set yet. Targets others set show up live.
/// </summary>
public sealed partial class TargetsAdminPage : IDisposable
{
    private TargetCalendarInfo? _calendar;
    private TargetSheet? _sheet;
    private string _periodKey = "";
    private bool _copying;
    private LiveReload? _live;

    [Inject]
    private ITargetService Targets { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IStringLocalizer<PeriodText> Periods { get; set; } = default!;

    /// <summary>The period to open on (<c>2026-04</c>, <c>FY2026-Q1</c>); the current month otherwise.</summary>
    [SupplyParameterFromQuery(Name = "period")]
    public string? Period { get; set; }

    public void Dispose() => _live?.Dispose();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribed before the first load, so a target set in between is not missed.
        _live = LiveReload.Start(Bus, Concerns, () => InvokeAsync(RefreshAsync));
        _calendar = await Targets.CalendarAsync();
        _periodKey = _calendar.Calendar.Parse(Period)?.Key
            ?? _calendar.Calendar.PeriodContaining(_calendar.Today, PeriodKind.Month).Key;
        await RefreshAsync();
    }

    private bool Concerns(IDomainEvent domainEvent) => domainEvent switch
    {
        TargetChanged changed => changed.PeriodKey == _periodKey,
        UserDeactivated or UserActivated or UserMovedToTeam => true,
        _ => false,
    };

    private async Task RefreshAsync()
    {
        _sheet = await Targets.ListAsync(_periodKey);
        StateHasChanged();
    }

    private FiscalPeriod ShownPeriod => _calendar!.Calendar.Parse(_periodKey)!;

    private async Task OnPeriodChangedAsync(FiscalPeriod period)
    {
        _periodKey = period.Key;
        _sheet = null;
        await RefreshAsync();
    }

    // The grid's targets as shown, built when the export is clicked; nothing to export without teams.
    private Func<ChartTable>? SheetExport =>
        _sheet is { Teams.Count: > 0 } sheet ? () => TargetTables.Sheet(sheet, Text) : null;

    private Task OnCellSavedAsync(TargetCell cell) => RefreshAsync();

    private async Task OnCopyClickedAsync()
    {
        var period = _calendar!.Calendar.Parse(_periodKey)!;
        var previous = PeriodNames.Label(Periods, _calendar.Calendar.Previous(period));
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Copy.Title"], string.Format(Text["Copy.Message"], previous, PeriodNames.Label(Periods, period)),
            Text["Copy.Confirm"], cancelText: Text["Action.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _copying = true;
        try
        {
            var result = await Targets.CopyPreviousAsync(_periodKey);
            Snackbar.Add(string.Format(Text["Copy.Done"], result.Copied, result.Skipped, result.Unavailable),
                result.Copied > 0 ? Severity.Success : Severity.Info);
            await RefreshAsync();
        }
        catch (Exception error) when (error is ForbiddenException or ConcurrencyConflictException)
        {
            Snackbar.Add(Text[error is ForbiddenException ? "Error.forbidden" : "Error.conflict"], Severity.Error);
        }
        finally
        {
            _copying = false;
        }
    }
}
