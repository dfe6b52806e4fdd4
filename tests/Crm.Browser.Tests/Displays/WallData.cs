using System.Collections.Immutable;
using Crm.Domain.Displays;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Displays;

/// <summary>
/// Displays of one test's own, saved through the app's own context so their events reach the
/// live bus like any other save; the test holds the kiosk token, which nothing else knows.
/// </summary>
internal static class WallData
{
    public static async Task<Guid> TeamOfAsync(this IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await ContextAsync(scope);

        return await db.CrmUsers.Where(u => u.Email == email).Select(u => u.TeamId).SingleAsync();
    }

    /// <summary>Saves a live display and returns its id and the token that opens it.</summary>
    public static async Task<(Guid Id, string Token)> DisplayAsync(
        this IServiceProvider services, string name, DisplayKind kind, Guid teamId,
        ImmutableArray<DisplayPage> pages, Guid? pipelineId = null, string language = "zh-CN",
        TimeSpan? rotation = null)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await ContextAsync(scope);
        var token = LinkTokens.New();
        // Tests show pages themselves; a long rotation keeps the browser from turning them meanwhile.
        var settings = new DisplaySettings(name, kind, teamId, pages, language)
        {
            PipelineId = pipelineId,
            Rotation = rotation ?? TimeSpan.FromMinutes(10),
            CelebrateWins = kind == DisplayKind.Sales,
        };
        var display = Display.Create(Guid.CreateVersion7(), settings, LinkTokens.Hash(token), DateTime.UtcNow);
        db.Add(display);
        await db.SaveChangesAsync();

        return (display.Id, token);
    }

    /// <summary>Wins the opportunity of that name as its owner would, saved like any other change.</summary>
    public static async Task WinOpportunityAsync(this IServiceProvider services, Guid pipelineId, string name)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await ContextAsync(scope);
        var pipeline = await db.Pipelines.SingleAsync(p => p.Id == pipelineId);
        var opportunity = await db.Opportunities.SingleAsync(o => o.PipelineId == pipelineId && o.Name == name);
        var now = DateTime.UtcNow;
        opportunity.MoveTo(pipeline.WonStage, opportunity.OwnerId, now,
            new CloseInfo("客户签约", DateOnly.FromDateTime(now)));
        await db.SaveChangesAsync();
    }

    public static async Task RevokeDisplayAsync(this IServiceProvider services, Guid displayId)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await ContextAsync(scope);
        var display = await db.Displays.SingleAsync(d => d.Id == displayId);
        display.Revoke(DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    private static async Task<CrmDbContext> ContextAsync(AsyncServiceScope scope) =>
        await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync();
}
