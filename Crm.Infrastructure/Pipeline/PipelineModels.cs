using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Pipeline;

public sealed record StageView(
    Guid Id,
    string Name,
    int SortOrder,
    int DefaultProbability,
    ForecastCategory Category,
    StageOutcome Outcome,
    bool IsRetired)
{
    public bool IsOpen => Outcome == StageOutcome.Open;
}

/// <summary>A pipeline with its stages in order (active ones only unless retired ones were asked for).</summary>
public sealed record PipelineView(Guid Id, int Version, string Name, IReadOnlyList<StageView> Stages);

/// <summary>An open stage to add: name, default probability (0–100) and forecast category.</summary>
public sealed record NewStage(string Name, int DefaultProbability, ForecastCategory Category);

/// <summary>What a stage's form saves: its name, default probability and forecast category.</summary>
public sealed record StageEdit(string Name, int DefaultProbability, ForecastCategory Category);

/// <summary>A new pipeline: its open stages in order and the names of its Won and Lost stages.</summary>
public sealed record NewPipeline(string Name, IReadOnlyList<NewStage> OpenStages, string WonName, string LostName);
