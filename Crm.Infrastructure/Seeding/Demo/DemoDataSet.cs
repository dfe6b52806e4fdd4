using Crm.Domain.Activities;
using Crm.Domain.Assignment;
using Crm.Domain.Currencies;
using Crm.Domain.FollowUps;
using Crm.Domain.Forecasting;
using Crm.Domain.Leads;
using Crm.Domain.Organization;
using Crm.Domain.Pipeline;
using Crm.Domain.Products;
using Crm.Domain.Sla;
using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;

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
    List<Lead> Leads,
    List<SalesPipeline> Pipelines,
    List<Product> Products,
    List<ExchangeRate> ExchangeRates,
    List<Opportunity> Opportunities,
    List<BusinessCalendar> SlaCalendars,
    List<SlaPolicy> SlaPolicies,
    List<TicketQueue> TicketQueues,
    List<AssignmentRule> TicketRules,
    List<Ticket> Tickets,
    List<Target> Targets,
    List<ForecastSnapshot> ForecastSnapshots)
{
    public int ContactCount => Accounts.Sum(a => a.Contacts.Count);

    public static DemoDataSet Build(DateTime nowUtc)
    {
        var accounts = new DemoAccounts(nowUtc).Build();
        var organization = DemoDirectory.Organization();
        var newBusiness = DemoPipelines.NewBusiness(nowUtc);
        var renewals = DemoPipelines.Renewals(nowUtc);
        var opportunities = new DemoOpportunities(nowUtc, DemoPipelines.NewBusinessHabits(newBusiness)).Build(accounts);
        opportunities.AddRange(new DemoRenewals(nowUtc, DemoPipelines.RenewalHabits(renewals)).Build(accounts));
        var settings = DemoAssignment.Settings(nowUtc);
        var rules = DemoAssignment.Rules(nowUtc);
        // Routed by the rules in the order they arrived; the rules keep the turns this leaves them.
        // Converted leads open their opportunity in the new-business pipeline.
        var leads = new DemoLeads(nowUtc, rules, settings.DefaultQueueTeamId).Build(accounts, newBusiness);
        List<Opportunity> allOpportunities = [.. opportunities, .. leads.Opportunities];
        var users = DemoDirectory.Users();
        var rates = DemoExchangeRates.Build(nowUtc, organization.BaseCurrency);

        return new DemoDataSet(
            organization,
            DemoDirectory.Teams(),
            users,
            [.. accounts, .. leads.NewAccounts],
            [.. new DemoActivities(nowUtc).Build(accounts), .. leads.Activities],
            new DemoFollowUps(nowUtc).Build(accounts),
            settings,
            rules,
            leads.Leads,
            [newBusiness, renewals],
            DemoProducts.Build(nowUtc),
            rates,
            allOpportunities,
            DemoSla.Calendars(nowUtc),
            DemoSla.PolicySet(nowUtc),
            DemoTickets.Queues(),
            DemoTickets.Rules(nowUtc),
            DemoRatings.Apply(new DemoTickets(nowUtc).Build(accounts), nowUtc),
            DemoTargets.Build(nowUtc, organization, allOpportunities),
            DemoForecastSnapshots.Build(
                nowUtc, organization, [newBusiness, renewals], users, rates, allOpportunities));
    }
}
