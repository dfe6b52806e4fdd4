using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Pipeline;

internal static class OpportunityBuilder
{
    public static readonly Guid Rep = Guid.NewGuid();

    public static readonly DateOnly CloseDay = new(2026, 6, 30);

    public static OpportunityDetails Details(string name = "华东制造 MES 二期") => new(name, null, CloseDay);

    /// <summary>¥100,000.00 in the pipeline's first open stage, created at <paramref name="at"/>.</summary>
    public static Opportunity In(SalesPipeline pipeline, DateTime? at = null, Money? amount = null) =>
        Opportunity.Create(
            Guid.NewGuid(), Details(), Guid.NewGuid(), Rep, pipeline.FirstOpenStage,
            amount ?? new Money(10_000_000, "CNY"), Rep, at ?? PipelineBuilder.At);

    public static LineDraft Line(
        decimal quantity, long unitPriceMinor, decimal discount = 0, string currency = "CNY") =>
        new(null, "CRM 专业版 年度订阅", quantity, new Money(unitPriceMinor, currency), discount);
}
