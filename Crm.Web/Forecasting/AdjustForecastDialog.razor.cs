using System.Globalization;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Forecasting;
using Crm.Web.Common;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Forecasting;

/// <summary>
/// Adjusts one rep's or team's forecast for the period: the amount added to closed won + commit
/// (the one in force to start with) and the required reason, above every earlier revision.
/// Saves through <see cref="IForecastService.AdjustAsync"/> and closes with true once saved.
/// </summary>
public sealed partial class AdjustForecastDialog
{
    private static readonly string[] Fields = ["Amount", "Note"];

    private readonly FormErrors _errors = new();
    private decimal? _amount;
    private string? _note;
    private bool _saving;
    private IReadOnlyList<ForecastAdjustmentRow>? _history;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public ForecastRow Row { get; set; } = default!;

    [Parameter, EditorRequired]
    public string PeriodKey { get; set; } = "";

    [Parameter, EditorRequired]
    public string Currency { get; set; } = "";

    [Inject]
    private IForecastService Forecasts { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ForecastText> Text { get; set; } = default!;

    /// <summary>For a team, what its reps' adjustments add; the team's own adjustment comes on top.</summary>
    private long Below => Row.Line.Adjustment - Row.Line.OwnAdjustment;

    private string Preview => _amount is { } amount && Math.Round(amount, 2) == amount
        ? Amount(Row.Line.Figures.Unadjusted + Below + (long)(amount * 100))
        : "—";

    protected override async Task OnInitializedAsync()
    {
        _amount = Row.Line.OwnAdjustment / 100m;
        await Zone.LoadAsync();
        await LoadHistoryAsync();
    }

    private async Task LoadHistoryAsync() =>
        _history = await Forecasts.HistoryAsync(Row.Line.Kind, Row.Line.SubjectId!.Value, PeriodKey);

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        _errors.Clear();
        if (_amount is not { } amount)
        {
            _errors.Add("Amount", Text["Error.Amount.required"]);

            return;
        }

        _saving = true;
        try
        {
            var delta = Money.Of(amount, Currency).MinorUnits;
            await Forecasts.AdjustAsync(new ForecastAdjustmentRequest(
                Row.Line.Kind, Row.Line.SubjectId!.Value, PeriodKey, delta, _note ?? ""));
            Dialog.Close(DialogResult.Ok(true));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, Fields);
        }
        catch (ConcurrencyConflictException)
        {
            _errors.SetGeneral(Text["Error.conflict"]);
            await LoadHistoryAsync();
        }
        catch (ForbiddenException)
        {
            _errors.SetGeneral(Text["Error.forbidden"]);
        }
        catch (NotFoundException)
        {
            _errors.SetGeneral(Text["Error.gone"]);
        }
        finally
        {
            _saving = false;
        }
    }

    private string Amount(long minorUnits) => MoneyText.Whole(new Money(minorUnits, Currency));

    private string When(DateTime utc) => Zone.ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);
}
