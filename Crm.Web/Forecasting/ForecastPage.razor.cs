using System.Globalization;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Forecasting;
using Crm.Infrastructure.Live;
using Crm.Web.Common;
using Crm.Web.Periods;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Forecasting;

/// <summary>
/// <c>/forecast</c>: closed won, commit, best case, pipeline, weighted, adjustment and forecast
/// per rep with team subtotals and the total, for a fiscal month or quarter, over what the user
/// sees; managers adjust and take snapshots; the forecast over time and the changes since last
/// week's snapshot below. Every newer fact table, and every adjustment of the period saved
/// anywhere, reads the forecast and its trend again (coalesced); nothing polls.
/// </summary>
public sealed partial class ForecastPage : IDisposable
{
    private static readonly TimeSpan LiveWindow = TimeSpan.FromSeconds(1);

    private ForecastView? _view;
    private ForecastTrendView? _trend;
    private PeriodKind _kind = PeriodKind.Quarter;
    private string? _periodKey;
    private ForecastScope _scope = ForecastScope.Organization;
    private bool _forbidden;
    private bool _busy;
    private CoalescedRefresh? _refresh;
    private IDisposable? _subscription;
    private LiveReload? _live;

    [Inject]
    private IForecastService Forecasts { get; set; } = default!;

    [Inject]
    private IForecastTrendService Trends { get; set; } = default!;

    [Inject]
    private IOpportunityFacts Facts { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ForecastText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<PeriodText> Periods { get; set; } = default!;

    private IReadOnlyList<ForecastRow> Rows =>
        _view is null ? [] : ForecastRows.Build(_view, _scope, Text["Row.NoTeam"], Text["Row.Total"]);

    private IReadOnlyList<(ForecastScope Scope, string Name)> Scopes =>
        _view is null ? [] : ForecastRows.Scopes(_view, Text["Row.NoTeam"]);

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
        _live?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();

        // Subscribed before the first read, so a table published in between is not missed.
        _refresh = new CoalescedRefresh(() => InvokeAsync(ReloadAsync), LiveWindow);
        _subscription = Facts.Subscribe(_refresh.Request);
        _live = LiveReload.Start(Bus, e => e is ForecastAdjusted a && a.PeriodKey == _periodKey,
            () => InvokeAsync(ReloadAsync), LiveWindow);
        await LoadAsync();
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        try
        {
            _view = await Forecasts.GetAsync(_periodKey, _kind);
            _periodKey = _view.Period.Key;
            if (_scope != ForecastScope.Organization && Scopes.All(s => s.Scope != _scope))
            {
                _scope = ForecastScope.Organization;
            }

            await LoadTrendAsync();
        }
        catch (ForbiddenException)
        {
            _forbidden = true;
        }
    }

    private async Task OnPeriodChangedAsync(FiscalPeriod period)
    {
        _kind = period.Kind;
        _periodKey = period.Key;
        await LoadAsync();
    }

    // The table narrows what it has already read; the trend of another scope is another read.
    private async Task OnScopeChanged(string value)
    {
        _scope = ForecastScope.Parse(value);
        await LoadTrendAsync();
    }

    private async Task LoadTrendAsync() =>
        _trend = await Trends.GetAsync(_view!.Period.Key, new ForecastTrendScope(_scope.Kind, _scope.Id));

    private async Task OnSnapshotAsync()
    {
        _busy = true;
        try
        {
            var taken = await Forecasts.TakeSnapshotAsync(_view!.Period.Key);
            Snackbar.Add(string.Format(CultureInfo.CurrentCulture, Text["Snapshot.Taken"], taken.Lines),
                Severity.Success);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task OnAdjustAsync(ForecastRow row)
    {
        if (await Dialogs.ShowAdjustDialogAsync(row, _view!, PeriodName(_view!.Period), Text))
        {
            Snackbar.Add(Text["Adjust.Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private string PeriodName(FiscalPeriod period) => PeriodNames.Full(Periods, period);

    private string ScopeLabel(ForecastScope scope, string name) =>
        scope.Kind == ForecastSubjectKind.Team ? name : $"\u2003{name}";
}
