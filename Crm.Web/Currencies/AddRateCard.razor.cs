using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Currencies;

/// <summary>
/// Sets the rate of a currency from a day on, today unless another day is chosen; a rate set
/// again for the same day replaces it. Raises <see cref="OnSaved"/> with the rate as saved.
/// </summary>
public sealed partial class AddRateCard
{
    // Offered besides the currencies that already have rates; any ISO code can be typed.
    private static readonly string[] Common = ["USD", "EUR", "HKD", "JPY", "GBP", "SGD", "AUD", "KRW", "CHF"];

    private readonly FormErrors _errors = new();
    private RateForm _form = new();
    private bool _saving;

    [Inject]
    private IExchangeRateService Rates { get; set; } = default!;

    [Parameter, EditorRequired]
    public string BaseCurrency { get; set; } = "";

    /// <summary>Currencies that already have rates, offered first.</summary>
    [Parameter]
    public IReadOnlyList<string> Known { get; set; } = [];

    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    [Parameter]
    public EventCallback<ExchangeRateRow> OnSaved { get; set; }

    protected override void OnInitialized() => _form = new RateForm { Date = RateForm.DateText(Today) };

    private Task<IEnumerable<string>> SearchCurrenciesAsync(string? text, CancellationToken cancellationToken)
    {
        var typed = text?.Trim().ToUpperInvariant() ?? "";
        var choices = Known.Concat(Common).Where(c => c != BaseCurrency).Distinct()
            .Where(c => c.StartsWith(typed, StringComparison.Ordinal));

        return Task.FromResult(typed.Length == 3 ? choices.Append(typed).Distinct() : choices);
    }

    private async Task OnSaveAsync()
    {
        _errors.Clear();
        foreach (var (field, code) in _form.Check(BaseCurrency))
        {
            _errors.Add(field, Text[$"Error.{code}"]);
        }

        if (_errors.Any || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var saved = await Rates.SetRateAsync(_form.Code, _form.Day!.Value, _form.Rate!.Value);
            _form = new RateForm { Currency = saved.Currency, Date = _form.Date };
            await OnSaved.InvokeAsync(saved);
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, RateForm.Fields);
        }
        catch (ForbiddenException)
        {
            _errors.SetGeneral(Text["Error.forbidden"]);
        }
        finally
        {
            _saving = false;
        }
    }
}
