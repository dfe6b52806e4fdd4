namespace Crm.Infrastructure.Currencies;

/// <summary>One rate as the rates screen lists it: 1 <see cref="Currency"/> = <see cref="Rate"/> base.</summary>
public sealed record ExchangeRateRow(Guid Id, int Version, string Currency, DateOnly EffectiveDate, decimal Rate);

/// <summary>The base currency and its rates, newest first within each currency.</summary>
public sealed record ExchangeRateList(string BaseCurrency, IReadOnlyList<ExchangeRateRow> Rates, bool CanEdit);
