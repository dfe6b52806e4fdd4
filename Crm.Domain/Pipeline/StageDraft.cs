namespace Crm.Domain.Pipeline;

/// <summary>An open stage to create: its id (chosen by the caller), name, probability and category.</summary>
public sealed record StageDraft(
    Guid Id, string Name, int DefaultProbability, ForecastCategory Category = ForecastCategory.Pipeline);

/// <summary>The ids and names of a new pipeline's Won and Lost stages (100% and 0%, category Closed).</summary>
public sealed record ClosingStages(Guid WonId, string WonName, Guid LostId, string LostName);
