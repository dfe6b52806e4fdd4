using System.Globalization;
using Crm.Web.Currencies;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Pipeline.Opportunities.Editing;

/// <summary>
/// Field names and values of <see cref="Crm.Infrastructure.Pipeline.OpportunityFieldChange"/> in the
/// reader's language: dates (yyyy-MM-dd) and amounts (invariant decimals, shown with the sign
/// of the currency they are in) in their culture, statuses and amount modes translated, an
/// empty value said in words.
/// </summary>
internal sealed class ChangeValueText(IStringLocalizer<OpportunityText> text)
{
    public string Field(string field)
    {
        var label = text[$"Field.{field}"];

        return label.ResourceNotFound ? field : label;
    }

    public string Value(string field, string? value, string currency) => (field, value) switch
    {
        ("Probability", null) => text["Conflict.StageDefault"],
        (_, null or "") => text["Conflict.Empty"],
        ("Probability", _) => $"{value}%",
        ("Status" or "AmountMode", _) => Translated($"{field}.{value}", value),
        ("ExpectedCloseDate" or "ClosedOn", _) =>
            DateText.ParseIso(value) is { } day ? DateText.Format(day, text) : value,
        ("Amount", _) => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? MoneyText.Format(amount, currency)
            : value,
        _ => value,
    };

    private string Translated(string key, string fallback)
    {
        var translated = text[key];

        return translated.ResourceNotFound ? fallback : translated;
    }
}
