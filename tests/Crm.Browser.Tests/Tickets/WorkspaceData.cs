using Crm.Browser.Tests.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Browser.Tests.Tickets;

/// <summary>
/// A ticket of its own for one test, waiting unassigned in a queue of the agent's team, saved
/// through the app's own context so its events reach the live bus like any other save.
/// </summary>
internal static class WorkspaceData
{
    public static async Task<int> WaitingTicketForTeamOfAsync(this CrmAppFixture app, string agentEmail)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();
        var agent = await db.CrmUsers.Where(u => u.Email == agentEmail).Select(u => new { u.Id, u.TeamId })
            .SingleAsync();
        var queue = await db.TicketQueues.Where(q => q.TeamId == agent.TeamId).OrderBy(q => q.Name).FirstAsync();
        // Far above the demo's and the counter's numbers, so the test never takes one the app will.
        var number = 9_000_000 + Random.Shared.Next(999_999);
        var now = DateTime.UtcNow;

        var draft = new TicketDraft(
            $"工作区测试 {number}", "浏览器测试建立的工单", TicketChannel.Phone, TicketCategory.Question,
            TicketPriority.Critical, queue.Id, queue.TeamId)
        {
            RequesterName = "王建",
            RequesterEmail = "wang.jian@example.cn",
        };
        var ticket = Ticket.Create(Guid.CreateVersion7(), number, draft, agent.Id, now);
        ticket.ArriveAssigned(agent.Id, agent.Id, now);
        ticket.AssignTo(null, agent.Id, now);
        db.Add(ticket);
        await db.SaveChangesAsync();

        return number;
    }
}
