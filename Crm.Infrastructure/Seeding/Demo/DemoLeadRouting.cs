using Crm.Domain.Assignment;
using Crm.Domain.Leads;
using Crm.Domain.Teams;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The assignment engine run over the demo's history, in the order the leads arrived: the
/// seeded rules decide every lead as they would have on the day, with each rule's turn moving
/// on the rule itself (so the seeded rules carry the turns the history left them with) and each
/// person's open leads counted as they stood then. Away and on leave apply only to the last days.
/// </summary>
internal sealed class DemoLeadRouting(DateTime nowUtc, IReadOnlyList<AssignmentRule> rules, Guid? defaultQueueTeamId)
{
    private const int AbsentDays = 10;

    private static readonly AssignmentTeam[] Teams =
    [
        .. DemoRoster.Teams.Select(t => new AssignmentTeam(
            DemoRoster.TeamId(t.Key), t.Name, t.Kind,
            DemoRoster.Users.Single(u => u.TeamKey == t.Key && u.Manages).Id)),
    ];

    private readonly List<(Guid OwnerId, DateTime From, DateTime? Until)> _held = [];

    /// <summary>Decides for the new <paramref name="lead"/> at its arrival and applies the decision.</summary>
    public AssignmentDecision Route(Lead lead)
    {
        var input = new AssignmentInput(
            rules, lead.ToAssignmentSubject(), Candidates(lead.ReceivedAt), Teams, defaultQueueTeamId);
        var decision = AssignmentEngine.Decide(input);
        if (decision is { Rule: { } decided, NextCursor: { } cursor })
        {
            rules.Single(r => r.Id == decided.Id).Advance(cursor);
        }

        lead.Route(decision, lead.ReceivedAt);

        return decision;
    }

    /// <summary>Counts a lead as open with its owner from <paramref name="from"/> until it closed, if ever.</summary>
    public void Held(Guid ownerId, DateTime from, DateTime? until) => _held.Add((ownerId, from, until));

    private List<AssignmentCandidate> Candidates(DateTime at) =>
    [
        .. DemoRoster.Users.Select(u => new AssignmentCandidate(
            u.Id, u.DisplayName, DemoRoster.TeamId(u.TeamKey), true, AvailabilityAt(u, at), u.Capacity,
            _held.Count(h => h.OwnerId == u.Id && h.From <= at && (h.Until is null || h.Until > at)), u.Region)),
    ];

    private Availability AvailabilityAt(UserSpec user, DateTime at) =>
        nowUtc - at <= TimeSpan.FromDays(AbsentDays) ? user.Availability : Availability.Available;
}
