using Crm.Domain.Forecasting;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Targets;

/// <summary>
/// Picks a fiscal month or quarter: the kind, the fiscal year (named by the year it starts in)
/// and the period within it. Raises <see cref="ValueChanged"/> with the period's key.
/// </summary>
public sealed partial class PeriodPicker
{
    private IReadOnlyList<int> _years = [];
    private IReadOnlyList<FiscalPeriod> _periods = [];
    private int _fiscalYear;

    [Parameter, EditorRequired]
    public FiscalCalendar Calendar { get; set; } = default!;

    /// <summary>The organisation's today: the years offered run from two before its fiscal year to one after.</summary>
    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    [Parameter, EditorRequired]
    public string Value { get; set; } = "";

    [Parameter]
    public EventCallback<string> ValueChanged { get; set; }

    private PeriodKind Kind => Calendar.Parse(Value)?.Kind ?? PeriodKind.Month;

    protected override void OnParametersSet()
    {
        var current = Calendar.FiscalYearOf(Today);
        var chosen = Calendar.Parse(Value);
        _fiscalYear = chosen?.FiscalYear ?? current;
        _years = [.. Enumerable.Range(Math.Min(current - 2, _fiscalYear), 4).Append(_fiscalYear).Distinct().Order()];
        _periods = Calendar.PeriodsOf(_fiscalYear, Kind);
    }

    private Task OnKindChangedAsync(PeriodKind kind)
    {
        // Today's month or quarter when it lies in the chosen period, else the one it starts in.
        var chosen = Calendar.Parse(Value);
        var day = chosen is null || chosen.Contains(Today) ? Today : chosen.Start;

        return ValueChanged.InvokeAsync(Calendar.PeriodContaining(day, kind).Key);
    }

    private Task OnFiscalYearChangedAsync(int year)
    {
        var number = Calendar.Parse(Value)?.Number ?? 1;

        return ValueChanged.InvokeAsync(Calendar.PeriodsOf(year, Kind)[number - 1].Key);
    }

    private string NameOf(string? key) => Calendar.Parse(key) is { } period ? PeriodNames.Of(period, Text) : "";

    private string YearName(int year) => string.Format(Text["Period.FiscalYearName"], year);

    private Task OnPeriodChangedAsync(string key) => ValueChanged.InvokeAsync(key);
}
