using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding.Demo;
using Crm.Infrastructure.Seeding.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// The pipeline generated opportunities go into: the oldest one in the database (the demo's
/// 新业务, say), else the demo's new-business pipeline created for the purpose. The same
/// database always gives the same pipeline, so a resumed run continues in it.
/// </summary>
internal static class ScalePipeline
{
    public static async Task<PipelineHabits> LoadOrCreateAsync(
        CrmDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.AsNoTracking()
            .OrderBy(p => EF.Property<DateTime>(p, AuditStamps.CreatedAt)).ThenBy(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (pipeline is null)
        {
            pipeline = DemoPipelines.NewBusiness(nowUtc);
            pipeline.ClearDomainEvents();
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return pipeline.Id == DemoPipelines.NewBusinessId
            ? DemoPipelines.NewBusinessHabits(pipeline)
            : PipelineHabits.For(pipeline);
    }

    /// <summary>Whether amounts can be in US dollars: only when the base currency has a rate for them.</summary>
    public static Task<bool> HasDollarRateAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        db.ExchangeRates.AnyAsync(r => r.Currency == "USD", cancellationToken);
}
