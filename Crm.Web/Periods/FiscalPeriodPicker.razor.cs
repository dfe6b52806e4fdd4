using Crm.Domain.Forecasting;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Periods;

/// <summary>
/// Picks a fiscal month or quarter the same way on every page: the kind, a step back or forward,
/// the periods of the shown fiscal year in a menu, and the way back to today's period. Raises
/// <see cref="PeriodChanged"/> with the period picked; the page decides what to load.
/// </summary>
public sealed partial class FiscalPeriodPicker
{
    [Parameter, EditorRequired]
    public FiscalCalendar Calendar { get; set; } = default!;

    /// <summary>The organisation's today: where "back to the current period" goes.</summary>
    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    [Parameter, EditorRequired]
    public FiscalPeriod Period { get; set; } = default!;

    [Parameter]
    public EventCallback<FiscalPeriod> PeriodChanged { get; set; }

    private string YearName => PeriodNames.FiscalYear(Text, Period.FiscalYear);

    private IReadOnlyList<FiscalPeriod> YearPeriods => Calendar.PeriodsOf(Period.FiscalYear, Period.Kind);

    private Task OnKindChangedAsync(PeriodKind kind)
    {
        // Today's month or quarter while the shown period holds today, else the one the shown period starts in.
        var day = Period.Contains(Today) ? Today : Period.Start;

        return PickAsync(Calendar.PeriodContaining(day, kind));
    }

    private Task PickAsync(FiscalPeriod period) => PeriodChanged.InvokeAsync(period);
}
