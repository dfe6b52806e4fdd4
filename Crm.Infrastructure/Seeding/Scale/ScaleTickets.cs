using Crm.Domain.Assignment;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// Builds generated ticket <c>i</c> on its generated account through the ticket's own methods:
/// opened on a working day within 18 months, routed to an agent, answered within hours,
/// sometimes waiting on the customer, resolved and closed when those moments have passed. The
/// same index always gives the same ticket but its number, which the batch takes from the
/// counter, and its dates, which move with the day it is generated.
/// </summary>
internal sealed class ScaleTickets(IReadOnlyList<Guid> agents, IReadOnlyList<Guid> queues, DateTime nowUtc)
{
    public Ticket Build(int index, int number, int accountIndex, AccountShape shape)
    {
        var random = ScaleRandom.For(ScaleRandom.TicketDetails, index);
        var story = random.Pick(shape.IsEnglish ? TicketTexts.English : TicketTexts.Chinese);
        var queue = queues[(int)story.Category % queues.Count];
        var draft = new TicketDraft(story.Subject.Replace("{product}", "CRM"), null, (TicketChannel)random.Next(1, 7),
            story.Category, (TicketPriority)random.Next(1, 5), queue, ScaleSupport.TeamId)
        {
            AccountId = ScaleIds.Account(accountIndex),
            ContactId = shape.Contacts > 0 ? ScaleIds.Contact(accountIndex, random.Next(shape.Contacts)) : null,
            RequesterEmail = shape.Contacts > 0 ? null : $"customer{accountIndex}@scale.example",
        };
        var at = SeedCalendar.PastWorkMoment(nowUtc, SeedCalendar.HistoryDays, random);
        var ticket = Ticket.Create(ScaleIds.Ticket(index), number, draft, null, at);
        var agent = random.Pick(agents);
        ticket.Route(Assigned(agent), at);
        Work(ticket, story, agent, at, random);

        return ticket;
    }

    private void Work(Ticket ticket, TicketStory story, Guid agent, DateTime at, Random random)
    {
        if ((at = at.AddMinutes(random.Next(10, 300))) > nowUtc)
        {
            return;
        }

        ticket.Reply(agent, story.Question ?? story.Resolution, at);
        if (story.Question is not null)
        {
            ticket.WaitOnCustomer(agent, at);
            if ((at = at.AddHours(random.Next(1, 48))) > nowUtc)
            {
                return;
            }

            ticket.AddCustomerMessage(null, null, story.Answer ?? "…", at);
        }

        if ((at = at.AddHours(random.Next(1, 72))) > nowUtc)
        {
            return;
        }

        ticket.Resolve(agent, at);
        if ((at = at.AddDays(random.Next(3, 8))) <= nowUtc)
        {
            ticket.Close(null, at);
        }

        Demo.DemoRatings.Rate(ticket, nowUtc, random, withComment: false);
    }

    private static AssignmentDecision Assigned(Guid agent) =>
        new(AssignmentOutcome.Assigned, agent, null, null, null, null, null, StrategyKind.LeastBusy,
            AssignmentReasons.Create(AssignmentReasons.NamedOwner, "压测坐席"), [], null);
}
