using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Tests.Pipeline.Admin;

/// <summary>新业务 with four open stages, then 赢单 and 输单, and a retired stage.</summary>
internal static class AdminPipelineSamples
{
    public static PipelineView NewBusiness() => new(Guid.NewGuid(), 7, "新业务",
    [
        Open("线索确认", 1, 10, ForecastCategory.Pipeline),
        Open("需求分析", 2, 25, ForecastCategory.Pipeline),
        Open("方案报价", 3, 50, ForecastCategory.BestCase),
        Open("商务谈判", 4, 75, ForecastCategory.Commit),
        new(Guid.NewGuid(), "赢单", 5, 100, ForecastCategory.Closed, StageOutcome.Won, false),
        new(Guid.NewGuid(), "输单", 6, 0, ForecastCategory.Closed, StageOutcome.Lost, false),
        new(Guid.NewGuid(), "初步接触", 7, 5, ForecastCategory.Pipeline, StageOutcome.Open, true),
    ]);

    private static StageView Open(string name, int order, int probability, ForecastCategory category) =>
        new(Guid.NewGuid(), name, order, probability, category, StageOutcome.Open, false);
}
