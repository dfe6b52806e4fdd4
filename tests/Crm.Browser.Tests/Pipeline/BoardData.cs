using Crm.Browser.Tests.Common;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Pipeline;

/// <summary>
/// A pipeline of its own for one test (so tests never meet on a board), with an opportunity
/// on a demo account of the given rep, saved through the app's own context so its events reach
/// the live bus like any other save.
/// </summary>
internal static class BoardData
{
    public static async Task<(Guid PipelineId, string Opportunity)> PipelineWithOpportunityOfAsync(
        this CrmAppFixture app, string ownerEmail)
    {
        var account = await app.FirstAccountOwnedByAsync(ownerEmail);
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();
        var ownerId = await db.CrmUsers.Where(u => u.Email == ownerEmail).Select(u => u.Id).SingleAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var now = DateTime.UtcNow;

        var pipeline = SalesPipeline.Create(
            Guid.CreateVersion7(), $"测试管道 {tag}",
            [
                new StageDraft(Guid.CreateVersion7(), "初步接洽", 10),
                new StageDraft(Guid.CreateVersion7(), "方案报价", 40, ForecastCategory.BestCase),
            ],
            new ClosingStages(Guid.CreateVersion7(), "赢单", Guid.CreateVersion7(), "输单"), now);
        var name = $"智能仓储 {tag}";
        var details = new OpportunityDetails(name, null, DateOnly.FromDateTime(now.AddDays(40)), null, null);
        var opportunity = Opportunity.Create(
            Guid.CreateVersion7(), details, account.Id, ownerId, pipeline.FirstOpenStage, Money.Of(380_000m, "CNY"),
            ownerId, now);
        db.AddRange(pipeline, opportunity);
        await db.SaveChangesAsync();

        return (pipeline.Id, name);
    }

    public static async Task<string> DisplayNameAsync(this CrmAppFixture app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();

        return await db.CrmUsers.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync();
    }
}
