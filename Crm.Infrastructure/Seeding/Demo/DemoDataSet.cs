using Crm.Domain.Activities;
using Crm.Domain.Assignment;
using Crm.Domain.FollowUps;
using Crm.Domain.Leads;
using Crm.Domain.Organization;
using Crm.Domain.Teams;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Everything the demo seed writes, built in memory without a database. The same clock day
/// gives the same data; ids and names do not depend on the clock at all.
/// </summary>
internal sealed record DemoDataSet(
    OrganizationSettings Organization,
    List<Team> Teams,
    List<User> Users,
    List<SeededAccount> Accounts,
    List<Activity> Activities,
    List<FollowUpTask> Tasks,
    AssignmentSettings AssignmentSettings,
    List<AssignmentRule> AssignmentRules,
    List<Lead> Leads)
{
    public int ContactCount => Accounts.Sum(a => a.Contacts.Count);

    public static DemoDataSet Build(DateTime nowUtc)
    {
        var accounts = new DemoAccounts(nowUtc).Build();
        var settings = DemoAssignment.Settings(nowUtc);
        var rules = DemoAssignment.Rules(nowUtc);
        // Routed by the rules in the order they arrived; the rules keep the turns this leaves them.
        // This seed has no pipeline yet, so converted leads open no opportunity: passing the
        // seeded new-business pipeline here (and saving leads.Opportunities with the others)
        // gives most of them one.
        var leads = new DemoLeads(nowUtc, rules, settings.DefaultQueueTeamId).Build(accounts, null);

        return new DemoDataSet(
            DemoDirectory.Organization(),
            DemoDirectory.Teams(),
            DemoDirectory.Users(),
            [.. accounts, .. leads.NewAccounts],
            [.. new DemoActivities(nowUtc).Build(accounts), .. leads.Activities],
            new DemoFollowUps(nowUtc).Build(accounts),
            settings,
            rules,
            leads.Leads);
    }
}
