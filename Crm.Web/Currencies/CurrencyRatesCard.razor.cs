using Crm.Infrastructure.Currencies;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Currencies;

/// <summary>
/// One currency's rates, newest first: the one in effect today (the newest dated on or before
/// today) highlighted, later ones marked as scheduled. The newest few show until asked for all.
/// </summary>
public sealed partial class CurrencyRatesCard
{
    private const int Collapsed = 6;

    private bool _expanded;

    [Parameter, EditorRequired]
    public string Currency { get; set; } = "";

    [Parameter, EditorRequired]
    public string BaseCurrency { get; set; } = "";

    /// <summary>The currency's rates, newest first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ExchangeRateRow> Rates { get; set; } = [];

    /// <summary>The organisation's date, which decides the rate in effect.</summary>
    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public EventCallback<ExchangeRateRow> OnDelete { get; set; }

    private ExchangeRateRow? Current => Rates.Where(r => r.EffectiveDate <= Today).MaxBy(r => r.EffectiveDate);

    // Scheduled rates and the current one always show, however many there are.
    private int Kept => Math.Max(Collapsed, Rates.Count(r => r.EffectiveDate > Today) + 1);

    private IEnumerable<ExchangeRateRow> Visible => _expanded ? Rates : Rates.Take(Kept);
}
