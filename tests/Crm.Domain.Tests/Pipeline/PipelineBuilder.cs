using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Pipeline;

/// <summary>A 新业务 pipeline with four open stages (10, 25, 50, 75%) and Won/Lost.</summary>
internal static class PipelineBuilder
{
    public static readonly DateTime At = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static readonly int[] Probabilities = [10, 25, 50, 75];

    private static readonly ForecastCategory[] Categories =
        [ForecastCategory.Pipeline, ForecastCategory.Pipeline, ForecastCategory.BestCase, ForecastCategory.Commit];

    public static SalesPipeline Standard(params string[] openStageNames)
    {
        string[] names = openStageNames.Length > 0 ? openStageNames : ["初步接洽", "需求确认", "方案报价", "商务谈判"];
        var drafts = names
            .Select((name, i) => new StageDraft(Guid.NewGuid(), name, Probabilities[i % 4], Categories[i % 4]))
            .ToList();

        return SalesPipeline.Create(Guid.NewGuid(), "新业务", drafts, Closing(), At);
    }

    public static ClosingStages Closing() => new(Guid.NewGuid(), "赢单", Guid.NewGuid(), "输单");

    /// <summary>The active open stage at <paramref name="index"/> (0 = first).</summary>
    public static Stage Open(this SalesPipeline pipeline, int index) =>
        pipeline.ActiveStages.Where(s => s.IsOpen).ElementAt(index);
}
