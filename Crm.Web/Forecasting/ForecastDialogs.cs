using Crm.Infrastructure.Forecasting;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Forecasting;

/// <summary>Opens the forecast's dialogs.</summary>
internal static class ForecastDialogs
{
    private static readonly DialogOptions Options = new()
    {
        MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true,
        BackdropClick = false,
    };

    /// <summary>The adjust dialog on <paramref name="row"/>; true once an adjustment was saved.</summary>
    public static async Task<bool> ShowAdjustDialogAsync(
        this IDialogService dialogs, ForecastRow row, ForecastView view, string periodName,
        IStringLocalizer<ForecastText> text)
    {
        var parameters = new DialogParameters<AdjustForecastDialog>
        {
            { d => d.Row, row },
            { d => d.PeriodKey, view.Period.Key },
            { d => d.Currency, view.BaseCurrency },
        };
        var title = string.Format(text["Adjust.Title"], $"{row.Name} · {periodName}");
        var dialog = await dialogs.ShowAsync<AdjustForecastDialog>(title, parameters, Options);
        var result = await dialog.Result;

        return result is { Canceled: false };
    }
}
