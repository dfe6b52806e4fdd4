using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Notifications;

/// <summary>
/// A team with a rep who receives notifications, a colleague who receives others, and a
/// manager who causes them; fresh ids per test so tests sharing a database stay apart.
/// </summary>
internal sealed record NotificationPeople(Guid Rep, Guid Colleague, Guid Manager)
{
    public static async Task<NotificationPeople> AddAsync(CrmTestHost host)
    {
        var name = $"华东销售 {Guid.NewGuid():N}"[..16];
        var team = await host.SaveNewAsync(new Team(Guid.CreateVersion7(), name, TeamKind.Sales, "华东"));

        return new NotificationPeople(
            await AddUserAsync(host, "王伟", team.Id),
            await AddUserAsync(host, "李娜", team.Id),
            await AddUserAsync(host, "陈丽", team.Id));
    }

    /// <summary>The manager assigned the rep a lead.</summary>
    public NotificationDraft LeadAssignedToRep(string leadName = "星海科技") =>
        NotificationDraft.LeadAssigned(Rep, Guid.CreateVersion7(), leadName, Manager);

    public NotificationDraft LeadAssignedTo(Guid recipientId) =>
        NotificationDraft.LeadAssigned(recipientId, Guid.CreateVersion7(), "星海科技", Manager);

    private static async Task<Guid> AddUserAsync(CrmTestHost host, string name, Guid teamId)
    {
        var user = new User(
            Guid.CreateVersion7(), name, $"{Guid.NewGuid():N}@example.com", teamId, "Asia/Shanghai", Languages.Chinese);

        return (await host.SaveNewAsync(user)).Id;
    }
}
