using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Pipeline.Admin;

/// <summary>What the stage dialog edits, and the mistakes it can see before asking the service.</summary>
public sealed class StageForm
{
    public static readonly IReadOnlyCollection<string> Fields = ["Name", "Probability", "Category"];

    public string Name { get; set; } = "";

    public int? Probability { get; set; }

    public ForecastCategory Category { get; set; } = ForecastCategory.Pipeline;

    /// <summary>A form for <paramref name="stage"/>, or for a new stage after the pipeline's last open one.</summary>
    public static StageForm For(PipelineView pipeline, StageView? stage)
    {
        if (stage is not null)
        {
            return new StageForm
            {
                Name = stage.Name, Probability = stage.DefaultProbability, Category = stage.Category,
            };
        }

        var last = pipeline.Stages.Where(s => s.IsOpen && !s.IsRetired).MaxBy(s => s.SortOrder);

        return new StageForm
        {
            Probability = Math.Min(95, (last?.DefaultProbability ?? 0) + 10),
            Category = last?.Category ?? ForecastCategory.Pipeline,
        };
    }

    /// <summary>Missing or out-of-range values as (field, error code) pairs in the service's terms.</summary>
    public IEnumerable<(string Field, string Code)> Check()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return ("Name", "Name.required");
        }
        else if (Name.Trim().Length > Stage.MaxNameLength)
        {
            yield return ("Name", "Name.too-long");
        }

        if (Probability is not { } percent)
        {
            yield return ("Probability", "Probability.required");
        }
        else if (percent is < 0 or > 100)
        {
            yield return ("Probability", "Probability.range");
        }
    }
}
