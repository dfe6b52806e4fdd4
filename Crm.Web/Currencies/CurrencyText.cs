namespace Crm.Web.Currencies;

/// <summary>Marker for CurrencyText.resx: the exchange rates page and the conversion rule.</summary>
public sealed class CurrencyText;
