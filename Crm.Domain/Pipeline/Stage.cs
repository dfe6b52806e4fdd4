using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>
/// One step of a pipeline. Changed only through its <see cref="SalesPipeline"/>, which keeps
/// the rules across stages (unique names, order, exactly one Won and one Lost stage).
/// </summary>
public sealed class Stage
{
    public const int MaxNameLength = 60;

    private Stage()
    {
        Name = "";
    }

    internal Stage(Guid id, Guid pipelineId, StageOutcome outcome)
        : this()
    {
        Id = Guard.NotEmpty(id, "Stage");
        PipelineId = pipelineId;
        Outcome = outcome;
    }

    public Guid Id { get; private set; }

    public Guid PipelineId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Position in the pipeline, from 1: open stages first, then Won, then Lost.</summary>
    public int SortOrder { get; internal set; }

    /// <summary>Win probability (0–100) of opportunities in this stage that do not override it.</summary>
    public int DefaultProbability { get; private set; }

    public ForecastCategory Category { get; private set; }

    public StageOutcome Outcome { get; private set; }

    /// <summary>
    /// Hidden from boards and pickers; kept so that stage history keeps pointing at it. No
    /// opportunity can be moved into a retired stage.
    /// </summary>
    public bool IsRetired { get; private set; }

    public bool IsOpen => Outcome == StageOutcome.Open;

    /// <summary>Won or Lost: reaching it closes the opportunity.</summary>
    public bool IsClosing => !IsOpen;

    internal void Rename(string name) => Name = Guard.Required(name, nameof(Name), MaxNameLength);

    internal void SetProbability(int probability)
    {
        if (IsClosing && Probability.Require(probability) != FixedProbability)
        {
            throw new DomainException(
                "Probability.closing-stage", "The Won stage is always 100% and the Lost stage 0%.", "Probability");
        }

        DefaultProbability = Probability.Require(probability);
    }

    internal void SetCategory(ForecastCategory category)
    {
        if (!Enum.IsDefined(category) || (category == ForecastCategory.Closed) != IsClosing)
        {
            throw new DomainException(
                "Category.invalid", "Open stages are Pipeline, Best case or Commit; Won and Lost are Closed.",
                "Category");
        }

        Category = category;
    }

    internal void Retire() => IsRetired = true;

    private int FixedProbability => Outcome == StageOutcome.Won ? 100 : 0;
}
