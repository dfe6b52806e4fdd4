using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// Who works generated tickets: a generated support team of its own with
/// <see cref="AgentCount"/> agents and three queues, created on first use and found again by
/// their fixed ids, so runs and databases agree whatever else the database holds.
/// </summary>
internal static class ScaleSupport
{
    public const int AgentCount = 20;

    public static readonly Guid TeamId = DeterministicGuid.From("scale:team", "support");

    private static readonly string[] QueueNames = ["压测-技术支持", "压测-账单与合同", "压测-投诉处理"];

    public static async Task<(List<Guid> Agents, List<Guid> Queues)> LoadOrCreateAsync(
        CrmDbContext db, CancellationToken cancellationToken)
    {
        var queues = QueueNames.Select((_, i) => DeterministicGuid.From("scale:queue", i)).ToList();
        var agents = Enumerable.Range(1, AgentCount).Select(i => DeterministicGuid.From("scale:agent", i)).ToList();
        if (await db.Teams.AnyAsync(t => t.Id == TeamId, cancellationToken))
        {
            return (agents, queues);
        }

        var team = new Team(TeamId, "批量数据支持组", TeamKind.Support, Vocabulary.Cities.Nationwide);
        var users = agents.Select((id, i) => new User(
                id, $"压测坐席{i + 1:00}", $"scale.agent{i + 1:00}@demo.crm", TeamId, "Asia/Shanghai",
                Domain.Common.Languages.Chinese))
            .ToList();
        team.AppointManager(users[0].Id);
        db.Teams.Add(team);
        db.CrmUsers.AddRange(users);
        db.TicketQueues.AddRange(QueueNames.Select((name, i) => new TicketQueue(queues[i], name, TeamId)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        return (agents, queues);
    }
}
