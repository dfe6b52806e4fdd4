using Crm.Domain.Assignment;
using Crm.Domain.Leads;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// Routes a lead the moment it arrives. The assignment engine decides inside the caller's
/// context and transaction (moving a rule's turn on the tracked rule), the lead takes the
/// decision with its reason as the note, and whoever must hear of it is told in the same save:
/// the new owner, or the manager of the team whose queue the lead waits in. Nothing is saved here.
/// </summary>
internal sealed class LeadRouter(
    IAssignmentEngine engine, INotificationPublisher notifications, IActor actor, TimeProvider clock)
{
    public async Task<AssignmentDecision> RouteAsync(CrmDbContext db, Lead lead, CancellationToken cancellationToken)
    {
        var decision = await engine.DecideAsync(db, lead.ToAssignmentSubject(), cancellationToken);
        lead.Route(decision, clock.GetUtcNow().UtcDateTime);
        Notify(db, lead, decision);

        return decision;
    }

    // A rule is nobody, so notices carry no actor; whoever typed the lead in sees where it went
    // on their screen and needs no notice of it.
    private void Notify(CrmDbContext db, Lead lead, AssignmentDecision decision)
    {
        var draft = decision switch
        {
            { Outcome: AssignmentOutcome.Assigned, OwnerId: { } ownerId } =>
                NotificationDraft.LeadAssigned(ownerId, lead.Id, lead.DisplayName, null),
            { Outcome: AssignmentOutcome.Queued, ManagerToNotifyId: { } managerId } =>
                NotificationDraft.LeadQueued(managerId, lead.Id, lead.DisplayName, decision.QueueTeamName ?? "", null),
            _ => null,
        };
        if (draft is not null && draft.RecipientId != actor.UserId)
        {
            notifications.Add(db, draft);
        }
    }
}
