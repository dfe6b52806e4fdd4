using Crm.Browser.Tests.Common;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Pipeline.Opportunities;

/// <summary>Opportunities for browser tests, written straight to the app's database.</summary>
internal static class OpportunityData
{
    /// <summary>
    /// A new opportunity on the first account of <paramref name="ownerEmail"/>, owned by them, in
    /// the first pipeline there is (one is created when the database has none).
    /// </summary>
    public static async Task<Guid> NewOpportunityAsync(this CrmAppFixture app, string ownerEmail, string name)
    {
        var account = await app.FirstAccountOwnedByAsync(ownerEmail);
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await Contexts(scope).CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var ownerId = await db.CrmUsers.Where(u => u.Email == ownerEmail).Select(u => u.Id).SingleAsync();
        var pipeline = await db.Pipelines.OrderBy(p => p.Id).FirstOrDefaultAsync() ?? NewPipeline(db, now);

        var details = new OpportunityDetails(name, null, DateOnly.FromDateTime(now).AddDays(45), "安排技术交流");
        var opportunity = Opportunity.Create(
            Guid.CreateVersion7(), details, account.Id, ownerId, pipeline.FirstOpenStage,
            Money.Of(200_000m, "CNY"), ownerId, now);
        db.Add(opportunity);
        await db.SaveChangesAsync();

        return opportunity.Id;
    }

    /// <summary>The opportunity as saved now.</summary>
    public static async Task<Opportunity> ReadOpportunityAsync(this CrmAppFixture app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await Contexts(scope).CreateDbContextAsync();

        return await db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private static SalesPipeline NewPipeline(CrmDbContext db, DateTime now)
    {
        var pipeline = SalesPipeline.Create(
            Guid.CreateVersion7(), "新业务",
            [
                new StageDraft(Guid.CreateVersion7(), "初步接洽", 10),
                new StageDraft(Guid.CreateVersion7(), "方案报价", 40, ForecastCategory.BestCase),
            ],
            new ClosingStages(Guid.CreateVersion7(), "赢单", Guid.CreateVersion7(), "输单"), now);
        db.Add(pipeline);

        return pipeline;
    }

    private static IDbContextFactory<CrmDbContext> Contexts(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>();
}
