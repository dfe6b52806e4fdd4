using Crm.Domain.Currencies;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Live;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Currencies;

/// <summary>
/// The exchange rates into the base currency, by currency and date, the rate in effect today
/// highlighted; administrators add and remove rates. Beside them, the rule every report converts
/// amounts by. Rates others set show up live.
/// </summary>
public sealed partial class ExchangeRatesPage : IDisposable
{
    private ExchangeRateList? _list;
    private IReadOnlyList<string> _currencies = [];
    private DateOnly _today;
    private string? _filter;
    private LiveReload? _live;

    [Inject]
    private IExchangeRateService Rates { get; set; } = default!;

    [Inject]
    private ICurrencyConversion Conversion { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    private IEnumerable<string> Shown => _filter is null ? _currencies : _currencies.Where(c => c == _filter);

    public void Dispose() => _live?.Dispose();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribed before the first load, so a rate set in between is not missed.
        _live = LiveReload.Start(Bus, e => e is ExchangeRateSet, () => InvokeAsync(RefreshAsync));
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        var list = await Rates.ListAsync();
        // "Today" is the organisation's date, the one conversions use to pick today's rate.
        _today = (await Conversion.LoadAsync()).Today;
        _currencies = [.. list.Rates.Select(r => r.Currency).Distinct().Order(StringComparer.Ordinal)];
        _list = list;
        StateHasChanged();
    }

    private IReadOnlyList<ExchangeRateRow> RatesOf(string currency) =>
        [.. _list!.Rates.Where(r => r.Currency == currency).OrderByDescending(r => r.EffectiveDate)];

    private void OnFilterChanged(string? currency) => _filter = currency;

    private async Task OnSavedAsync(ExchangeRateRow rate)
    {
        var day = rate.EffectiveDate.ToString("d");
        Snackbar.Add(string.Format(Text["Add.Saved"], rate.Currency, day), Severity.Success);
        await RefreshAsync();
    }

    private async Task OnDeleteAsync(ExchangeRateRow rate)
    {
        var day = rate.EffectiveDate.ToString("d");
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Delete.Title"], string.Format(Text["Delete.Message"], rate.Currency, day),
            Text["Delete.Confirm"], cancelText: Text["Action.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Rates.DeleteRateAsync(rate.Id);
            Snackbar.Add(string.Format(Text["Delete.Done"], rate.Currency, day), Severity.Success);
        }
        catch (Exception error) when (error is NotFoundException or ForbiddenException)
        {
            Snackbar.Add(Text[error is ForbiddenException ? "Error.forbidden" : "Error.gone"], Severity.Warning);
        }

        await RefreshAsync();
    }
}
