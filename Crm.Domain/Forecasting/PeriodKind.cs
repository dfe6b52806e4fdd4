namespace Crm.Domain.Forecasting;

/// <summary>How long a forecast or target period runs.</summary>
public enum PeriodKind
{
    Month = 1,
    Quarter = 2,
}
