using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Seeding.Vocabulary;
using static Crm.Infrastructure.Seeding.Demo.DemoRoster;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The service desk's queues (技术支持 with the technical support team; 产品使用咨询, 账单与合同 and
/// 投诉处理 with frontline support), the ticket routing rules, and about 2,400 tickets of the
/// demo accounts over 18 months, each lived through the ticket's own methods (see
/// <see cref="DemoTicketLife"/>), so statuses, history, first responses and resolutions agree.
/// Numbers follow the order tickets were opened, from <see cref="TicketNumbers.First"/>.
/// </summary>
internal sealed class DemoTickets(DateTime nowUtc, int seed = 20260404)
{
    public const int Count = 2400;

    private static readonly (string Key, string Name, string Team, TicketPriority? Default)[] QueueSpecs =
    [
        (TicketTexts.Technical, "技术支持", TechSupport, null),
        (TicketTexts.Usage, "产品使用咨询", Frontline, TicketPriority.Low),
        (TicketTexts.Billing, "账单与合同", Frontline, null),
        (TicketTexts.Complaints, "投诉处理", Frontline, TicketPriority.High),
    ];

    private readonly Random _random = new(seed);

    public static Guid QueueId(string key) => DeterministicGuid.From("demo:ticket-queue", key);

    public static List<TicketQueue> Queues() =>
        [.. QueueSpecs.Select(q => new TicketQueue(QueueId(q.Key), q.Name, TeamId(q.Team), q.Default))];

    /// <summary>
    /// Technical tickets go in turn to the technical team; complaints to the frontline lead;
    /// the rest to whoever in frontline support holds fewest open tickets.
    /// </summary>
    public static List<AssignmentRule> Rules(DateTime at)
    {
        var position = 0;

        return
        [
            Rule("technical", "技术问题轮流处理", AssignmentStrategy.RoundRobin(TeamId(TechSupport)), TeamId(TechSupport),
                new AssignmentCondition(AssignmentFields.Queue, ConditionOperator.EqualTo, ["技术支持"])),
            Rule("complaints", "投诉由主管处理", AssignmentStrategy.NamedOwner(UserId("xu.jing@demo.crm")),
                TeamId(Frontline),
                new AssignmentCondition(AssignmentFields.Category, ConditionOperator.EqualTo, [nameof(TicketCategory.Complaint)])),
            Rule("frontline", "一线最空闲", AssignmentStrategy.LeastBusy(TeamId(Frontline)), TeamId(Frontline)),
        ];

        AssignmentRule Rule(
            string key, string name, AssignmentStrategy strategy, Guid fallback,
            params AssignmentCondition[] conditions) =>
            AssignmentRule.Create(
                DeterministicGuid.From("demo:ticket-rule", key), RecordKind.Ticket, position++,
                new AssignmentRuleDefinition(name, conditions, strategy, fallback), at);
    }

    public List<Ticket> Build(IReadOnlyList<SeededAccount> accounts)
    {
        var companies = accounts.Where(a => a.Contacts.Count > 0).ToList();
        var weighted = companies.SelectMany(a => Enumerable.Repeat(a, Weight(a.Account.Tier))).ToList();
        var openings = Enumerable.Range(0, Count)
            .Select(_ => (At: SeedCalendar.PastWorkMoment(nowUtc, SeedCalendar.HistoryDays, _random),
                Account: _random.Pick(weighted), Draw: _random.Next()))
            .OrderBy(o => o.At)
            .ToList();
        var life = new DemoTicketLife(nowUtc, _random);

        return
        [
            .. openings.Select((o, i) => life.Live(
                DeterministicGuid.From("demo:ticket", i), TicketNumbers.First + i, o.Account, o.At, o.Draw)),
        ];
    }

    /// <summary>The agents who work a queue's tickets: its team's support people, the lead included.</summary>
    public static IReadOnlyList<UserSpec> AgentsOf(string queueKey)
    {
        var team = QueueSpecs.Single(q => q.Key == queueKey).Team;

        return [.. Users.Where(u => u.TeamKey == team)];
    }

    public static (Guid QueueId, Guid TeamId, TicketPriority? Default) Queue(string key)
    {
        var spec = QueueSpecs.Single(q => q.Key == key);

        return (QueueId(key), TeamId(spec.Team), spec.Default);
    }

    public static string TeamName(string queueKey) => Team(QueueSpecs.Single(q => q.Key == queueKey).Team).Name;

    private static int Weight(AccountTier tier) => tier switch
    {
        AccountTier.Strategic => 5,
        AccountTier.Key => 3,
        _ => 1,
    };

    private static Guid UserId(string email) => Users.Single(u => u.Email == email).Id;
}
