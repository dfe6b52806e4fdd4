namespace Crm.Domain.Pipeline;

/// <summary>
/// How sure the team is of the opportunities in a stage, as forecasts group them. Open stages
/// are <see cref="Pipeline"/>, <see cref="BestCase"/> or <see cref="Commit"/>; the Won and
/// Lost stages are always <see cref="Closed"/>.
/// </summary>
public enum ForecastCategory
{
    Pipeline = 1,
    BestCase = 2,
    Commit = 3,
    Closed = 4,
}
