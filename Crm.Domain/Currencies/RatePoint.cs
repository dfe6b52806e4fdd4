namespace Crm.Domain.Currencies;

/// <summary>One exchange rate as the converter needs it: from this day on, 1 currency = rate base.</summary>
public sealed record RatePoint(string Currency, DateOnly EffectiveDate, decimal Rate);
