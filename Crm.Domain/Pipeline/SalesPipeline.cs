using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>
/// An ordered set of stages that opportunities move through (新业务 New business, 续约 Renewals).
/// Always holds at least one active open stage, then exactly one Won and one Lost stage: both
/// terminal, category Closed, probability 100% and 0%, ordered after the open stages. Stage
/// names are unique within the pipeline ignoring case, retired stages included, so history
/// never shows two stages of the same name.
/// </summary>
public sealed class SalesPipeline : AggregateRoot
{
    public const int MaxNameLength = 100;
    public const int MaxStages = 30;

    private readonly List<Stage> _stages = [];

    private SalesPipeline(Guid id)
        : base(id)
    {
        Name = "";
    }

    public string Name { get; private set; }

    /// <summary>Every stage, retired ones included, in <see cref="Stage.SortOrder"/>.</summary>
    public IReadOnlyList<Stage> Stages => [.. _stages.OrderBy(s => s.SortOrder)];

    /// <summary>The stages boards and pickers show: not retired, in order.</summary>
    public IReadOnlyList<Stage> ActiveStages => [.. Stages.Where(s => !s.IsRetired)];

    public Stage WonStage => _stages.Single(s => s.Outcome == StageOutcome.Won);

    public Stage LostStage => _stages.Single(s => s.Outcome == StageOutcome.Lost);

    /// <summary>The stage new opportunities start in unless told otherwise.</summary>
    public Stage FirstOpenStage => ActiveStages.First(s => s.IsOpen);

    /// <summary>
    /// Creates a pipeline with the given open stages in order, followed by Won and Lost. Throws
    /// <see cref="DomainException"/> when there is no open stage, a name is missing or repeated,
    /// or a probability or category is out of range.
    /// </summary>
    public static SalesPipeline Create(
        Guid id, string name, IReadOnlyList<StageDraft> openStages, ClosingStages closing, DateTime at)
    {
        var pipeline = new SalesPipeline(id);
        pipeline.Name = Guard.Required(name, nameof(Name), MaxNameLength);
        if (openStages.Count == 0)
        {
            throw new DomainException("Stages.required", "A pipeline needs at least one open stage.", "Stages");
        }

        foreach (var draft in openStages)
        {
            pipeline.Append(draft);
        }

        pipeline.AppendClosing(closing.WonId, closing.WonName, StageOutcome.Won);
        pipeline.AppendClosing(closing.LostId, closing.LostName, StageOutcome.Lost);
        pipeline.Renumber(pipeline._stages.Where(s => s.IsOpen));
        pipeline.Record(new PipelineCreated(id, 1, Clock.Utc(at)));

        return pipeline;
    }

    /// <summary>The stage with this id, retired or not; null when it is not one of this pipeline's.</summary>
    public Stage? FindStage(Guid stageId) => _stages.FirstOrDefault(s => s.Id == stageId);

    public void Rename(string name, DateTime at)
    {
        Name = Guard.Required(name, nameof(Name), MaxNameLength);
        Changed(null, at);
    }

    /// <summary>Adds an open stage after the last active open stage (before Won and Lost).</summary>
    public Stage AddStage(StageDraft draft, DateTime at)
    {
        if (_stages.Count >= MaxStages)
        {
            throw new DomainException(
                "Stages.limit", $"A pipeline has at most {MaxStages} stages.", "Stages");
        }

        var active = OpenInOrder().Where(s => !s.IsRetired).ToList();
        var retired = RetiredOpen().ToList();
        var stage = Append(draft);
        Renumber(active.Append(stage).Concat(retired));
        Changed(stage.Id, at);

        return stage;
    }

    public void RenameStage(Guid stageId, string name, DateTime at)
    {
        var stage = Require(stageId);
        EnsureNameFree(name, stage);
        stage.Rename(name);
        Changed(stageId, at);
    }

    /// <summary>
    /// Puts the active open stages in the given order. The list must name each active open stage
    /// exactly once; Won and Lost stay last and retired stages keep their place after the open ones.
    /// </summary>
    public void ReorderStages(IReadOnlyList<Guid> openStageIds, DateTime at)
    {
        var active = OpenInOrder().Where(s => !s.IsRetired).ToList();
        if (openStageIds.Count != active.Count || !active.All(s => openStageIds.Contains(s.Id)))
        {
            throw new DomainException(
                "Stages.order", "List every active open stage exactly once; Won and Lost stay last.", "Stages");
        }

        Renumber(openStageIds.Select(id => active.Single(s => s.Id == id)).Concat(RetiredOpen()));
        Changed(null, at);
    }

    public void ChangeStageProbability(Guid stageId, int probability, DateTime at)
    {
        Require(stageId).SetProbability(probability);
        Changed(stageId, at);
    }

    public void ChangeStageCategory(Guid stageId, ForecastCategory category, DateTime at)
    {
        Require(stageId).SetCategory(category);
        Changed(stageId, at);
    }

    /// <summary>
    /// Renames a stage and, for an open stage, sets its default probability and forecast
    /// category, as one change. A broken rule throws before anything is recorded, so the caller
    /// saves all of it or none. Won and Lost keep their probability and category; only their
    /// names change.
    /// </summary>
    public void UpdateStage(Guid stageId, string name, int probability, ForecastCategory category, DateTime at)
    {
        var stage = Require(stageId);
        EnsureNameFree(name, stage);
        stage.Rename(name);
        if (stage.IsOpen)
        {
            stage.SetProbability(probability);
            stage.SetCategory(category);
        }

        Changed(stageId, at);
    }

    /// <summary>
    /// Retires an open stage. Won and Lost cannot be retired, nor the last active open stage.
    /// Whether opportunities are still open in the stage is for the caller to check first: the
    /// pipeline does not know its opportunities. Retiring a retired stage changes nothing.
    /// </summary>
    public void RetireStage(Guid stageId, DateTime at)
    {
        var stage = Require(stageId);
        if (stage.IsRetired)
        {
            return;
        }

        if (stage.IsClosing)
        {
            throw new DomainException("Stage.closing", "The Won and Lost stages cannot be retired.", "Stage");
        }

        if (ActiveStages.Count(s => s.IsOpen) == 1)
        {
            throw new DomainException(
                "Stage.last-open", "A pipeline keeps at least one open stage.", "Stage");
        }

        stage.Retire();
        Renumber(OpenInOrder().Where(s => !s.IsRetired).Concat(RetiredOpen()));
        Changed(stageId, at);
    }

    private Stage Append(StageDraft draft)
    {
        var stage = new Stage(draft.Id, Id, StageOutcome.Open);
        Configure(stage, draft.Name, draft.DefaultProbability, draft.Category);

        return stage;
    }

    private void AppendClosing(Guid id, string name, StageOutcome outcome)
    {
        var stage = new Stage(id, Id, outcome);
        Configure(stage, name, outcome == StageOutcome.Won ? 100 : 0, ForecastCategory.Closed);
    }

    private void Configure(Stage stage, string name, int probability, ForecastCategory category)
    {
        if (_stages.Any(s => s.Id == stage.Id))
        {
            throw new DomainException("Stage.duplicate-id", "Two stages cannot share an id.", "Stage");
        }

        EnsureNameFree(name, stage);
        stage.Rename(name);
        stage.SetProbability(probability);
        stage.SetCategory(category);
        _stages.Add(stage);
    }

    private void EnsureNameFree(string name, Stage stage)
    {
        var trimmed = name?.Trim() ?? "";
        if (_stages.Any(s => s != stage && string.Equals(s.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException(
                "Name.taken", $"The pipeline already has a stage named '{trimmed}' (retired stages count).", "Name");
        }
    }

    private Stage Require(Guid stageId) =>
        FindStage(stageId) ?? throw new DomainException("Stage.not-found", "No such stage in this pipeline.", "Stage");

    private IEnumerable<Stage> OpenInOrder() => Stages.Where(s => s.IsOpen);

    private IEnumerable<Stage> RetiredOpen() => OpenInOrder().Where(s => s.IsRetired);

    // Open stages take 1..n in the given order, then Won, then Lost.
    private void Renumber(IEnumerable<Stage> openInOrder)
    {
        var order = 0;
        foreach (var stage in openInOrder)
        {
            stage.SortOrder = ++order;
        }

        WonStage.SortOrder = ++order;
        LostStage.SortOrder = ++order;
    }

    private void Changed(Guid? stageId, DateTime at) =>
        Record(new PipelineChanged(Id, NextVersion, Clock.Utc(at), stageId));
}
