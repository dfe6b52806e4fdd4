using System.Globalization;
using Crm.Domain.Assignment;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// One demo ticket from arrival to where it stands now: routed to an agent (or, for the last
/// day's, sometimes still waiting in its queue), a first reply within hours, a question to the
/// customer and their answer, the fix, now and then a reopen, and closing a few days after the
/// fix. A step that would fall after now is not taken, so recent tickets are still being worked.
/// </summary>
internal sealed class DemoTicketLife(DateTime nowUtc, Random random)
{
    private static readonly string[] Products = ["华辰 CRM", "华辰云客服", "订单中心", "移动销售助手"];

    private static readonly (TicketChannel Channel, double Weight)[] Channels =
    [
        (TicketChannel.Email, 0.45), (TicketChannel.Phone, 0.2), (TicketChannel.WeChat, 0.15),
        (TicketChannel.Chat, 0.1), (TicketChannel.WebForm, 0.07), (TicketChannel.Social, 0.03),
    ];

    public Ticket Live(Guid id, int number, SeededAccount account, DateTime openedAt, int draw)
    {
        var story = random.Pick(account.IsEnglish ? TicketTexts.English : TicketTexts.Chinese);
        var contact = random.Pick(account.Contacts);
        var words = new Words(contact.Name, random.Pick(Products));
        var (queueId, teamId, defaultPriority) = DemoTickets.Queue(story.Queue);
        var draft = new TicketDraft(
            words.Fill(story.Subject), words.Fill(story.Description), ChannelOf(draw), story.Category,
            PriorityOf(story.Category, defaultPriority), queueId, teamId)
        {
            AccountId = account.Account.Id,
            ContactId = contact.Id,
            RequesterName = contact.Name,
            RequesterEmail = contact.Email,
        };
        var ticket = Ticket.Create(id, number, draft, null, openedAt);
        var agent = Route(ticket, story.Queue, openedAt);
        if (agent is not null)
        {
            Work(ticket, story, words with { Agent = agent.DisplayName }, agent.Id, account.IsEnglish, openedAt);
        }

        return ticket;
    }

    private UserSpec? Route(Ticket ticket, string queueKey, DateTime at)
    {
        var agents = DemoTickets.AgentsOf(queueKey);
        var team = DemoTickets.TeamName(queueKey);
        if (nowUtc - at < TimeSpan.FromHours(20) && random.Chance(0.4))
        {
            ticket.Route(Decision(AssignmentOutcome.Queued, null, AssignmentReasons.NobodyAvailable, team), at);
            return null;
        }

        var agent = random.Pick(agents);
        var open = random.Next(3, 18).ToString(CultureInfo.InvariantCulture);
        ticket.Route(Decision(AssignmentOutcome.Assigned, agent, AssignmentReasons.LeastBusy, agent.DisplayName, team,
            open), at);

        return agent;
    }

    private void Work(Ticket ticket, TicketStory story, Words words, Guid agent, bool english, DateTime at)
    {
        var steps = new Steps(nowUtc, at);
        var firstReply = random.Pick(english ? TicketTexts.FirstRepliesEnglish : TicketTexts.FirstRepliesChinese);
        if (!steps.After(Minutes(8, 240)))
        {
            return;
        }

        ticket.Reply(agent, words.Fill(story.Question ?? firstReply), steps.At);

        if (story.Note is { } note && steps.After(Minutes(5, 60)))
        {
            ticket.AddNote(agent, words.Fill(note), steps.At);
        }

        if (story.Question is not null && !Ask(ticket, story, words, agent, steps))
        {
            return;
        }

        if (story.Category == TicketCategory.Complaint && random.Chance(0.3) && steps.After(Minutes(30, 240)))
        {
            ticket.Escalate(agent, steps.At);
        }

        Resolve(ticket, story, words, agent, english, steps);
    }

    private bool Ask(Ticket ticket, TicketStory story, Words words, Guid agent, Steps steps)
    {
        ticket.WaitOnCustomer(agent, steps.At);
        if (!steps.After(Minutes(60, 2 * 24 * 60)))
        {
            return false;
        }

        ticket.AddCustomerMessage(words.Contact, null, words.Fill(story.Answer ?? "…"), steps.At);

        return true;
    }

    // The fix, perhaps the customer's thanks, resolved; now and then it comes back; closed days later.
    private void Resolve(Ticket ticket, TicketStory story, Words words, Guid agent, bool english, Steps steps)
    {
        if (!Fix(ticket, story, words, agent, english, steps))
        {
            return;
        }

        if (random.Chance(0.08) && steps.After(Minutes(24 * 60, 5 * 24 * 60)))
        {
            ticket.AddCustomerMessage(words.Contact, null,
                random.Pick(english ? TicketTexts.ReopenEnglish : TicketTexts.ReopenChinese), steps.At);
            if (!Fix(ticket, story, words, agent, english, steps))
            {
                return;
            }
        }

        if (steps.After(Minutes(3 * 24 * 60, 7 * 24 * 60)))
        {
            ticket.Close(null, steps.At);
        }
    }

    private bool Fix(Ticket ticket, TicketStory story, Words words, Guid agent, bool english, Steps steps)
    {
        if (!steps.After(Minutes(30, 3 * 24 * 60)))
        {
            return false;
        }

        ticket.Reply(agent, words.Fill(story.Resolution), steps.At);
        if (random.Chance(0.5) && steps.After(Minutes(20, 24 * 60)))
        {
            ticket.AddCustomerMessage(words.Contact, null,
                random.Pick(english ? TicketTexts.ThanksEnglish : TicketTexts.ThanksChinese), steps.At);
        }

        if (!steps.After(Minutes(5, 120)))
        {
            return false;
        }

        ticket.Resolve(agent, steps.At);

        return true;
    }

    private TimeSpan Minutes(int least, int most) => TimeSpan.FromMinutes(random.Next(least, most));

    private TicketChannel ChannelOf(int draw)
    {
        var roll = (draw % 1000) / 1000.0;
        foreach (var (channel, weight) in Channels)
        {
            if ((roll -= weight) < 0)
            {
                return channel;
            }
        }

        return TicketChannel.Email;
    }

    private TicketPriority PriorityOf(TicketCategory category, TicketPriority? queueDefault) => category switch
    {
        TicketCategory.Incident => random.Chance(0.4) ? TicketPriority.Critical : TicketPriority.High,
        TicketCategory.Complaint => queueDefault ?? TicketPriority.High,
        _ => random.Pick([TicketPriority.Low, TicketPriority.Medium, TicketPriority.Medium, TicketPriority.High]),
    };

    private static AssignmentDecision Decision(
        AssignmentOutcome outcome, UserSpec? agent, string reason, params string[] arguments) =>
        new(outcome, agent?.Id, agent?.DisplayName, null, null, null, new DecidingRule(
                DeterministicGuid.From("demo:ticket-rule", "frontline"), "一线最空闲"),
            StrategyKind.LeastBusy, AssignmentReasons.Create(reason, arguments), [], null);

    private sealed record Words(string Contact, string Product, string Agent = "")
    {
        public string Fill(string text) =>
            text.Replace("{contact}", Contact).Replace("{product}", Product).Replace("{agent}", Agent);
    }

    // The moments of one ticket's life, each after the last, none after now.
    private sealed class Steps(DateTime nowUtc, DateTime start)
    {
        public DateTime At { get; private set; } = start;

        public bool After(TimeSpan wait)
        {
            var next = At + wait;
            if (next > nowUtc)
            {
                return false;
            }

            At = next;

            return true;
        }
    }
}
