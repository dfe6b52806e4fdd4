using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Infrastructure.Seeding.Vocabulary;
using static Crm.Infrastructure.Seeding.Demo.DemoRoster;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The demo company's lead routing: large companies to key accounts, East China manufacturing
/// in turn within the East team, the rest of East and South China to the least busy rep there,
/// a switched-off trade-show rule, and a catch-all by territory. Unmatched leads wait with
/// marketing, whose manager is told.
/// </summary>
internal static class DemoAssignment
{
    public static AssignmentSettings Settings(DateTime at)
    {
        var settings = new AssignmentSettings();
        settings.ChangeDefaultQueue(TeamId(MarketingOps), at);

        return settings;
    }

    public static List<AssignmentRule> Rules(DateTime at)
    {
        var position = 0;
        var rules = new List<AssignmentRule>
        {
            Rule("large", "千人以上企业", AssignmentStrategy.LeastBusy(TeamId(KeyAccounts)), null,
                When(AssignmentFields.CompanySize, ConditionOperator.AtLeast, nameof(CompanySize.From1001To5000))),
            Rule("east-manufacturing", "华东制造业", AssignmentStrategy.RoundRobin(TeamId(EastSales)), null,
                When(AssignmentFields.Region, ConditionOperator.EqualTo, Cities.EastChina),
                When(AssignmentFields.Industry, ConditionOperator.EqualTo, nameof(Industry.Manufacturing))),
            Rule("east", "华东其他线索", AssignmentStrategy.LeastBusy(TeamId(EastSales)), null,
                When(AssignmentFields.Region, ConditionOperator.EqualTo, Cities.EastChina)),
            Rule("south", "华南线索", AssignmentStrategy.LeastBusy(TeamId(SouthSales)), TeamId(MarketingOps),
                When(AssignmentFields.Region, ConditionOperator.EqualTo, Cities.SouthChina)),
            Rule("trade-show", "展会线索给张伟", AssignmentStrategy.NamedOwner(User("zhang.wei@demo.crm")),
                TeamId(EastSales),
                When(AssignmentFields.Source, ConditionOperator.EqualTo, nameof(LeadSource.TradeShow))),
            Rule("rest", "其余线索按地区", AssignmentStrategy.TerritoryOwner(), TeamId(MarketingOps)),
        };
        rules.Single(r => r.Name == "展会线索给张伟").Deactivate(at);

        return rules;

        AssignmentRule Rule(
            string key, string name, AssignmentStrategy strategy, Guid? fallback,
            params AssignmentCondition[] conditions) =>
            AssignmentRule.Create(
                DeterministicGuid.From("demo:assignment-rule", key), RecordKind.Lead, position++,
                new AssignmentRuleDefinition(name, conditions, strategy, fallback), at);
    }

    private static AssignmentCondition When(string field, ConditionOperator op, params string[] values) =>
        new(field, op, values);

    private static Guid User(string email) => Users.Single(u => u.Email == email).Id;
}
