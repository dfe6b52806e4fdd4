using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Analytics;

/// <summary>A dashboard's period with its neighbours' keys, for stepping back and forth.</summary>
public sealed record PeriodView(FiscalPeriod Period, string PreviousKey, string NextKey, bool IsCurrent);
