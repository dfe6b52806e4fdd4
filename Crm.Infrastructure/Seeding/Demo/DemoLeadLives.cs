using Crm.Domain.Activities;
using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// What became of each demo lead after the rules placed it: a lead left in a queue is taken
/// within hours (by a rep of the team, or handed out by the administrator from the marketing
/// queue), then, the older it is, the likelier it was worked, disqualified or converted. A
/// converted prospect becomes a new customer of its owner; a person from an existing customer
/// is attached to that customer when the owner's team holds it, and disqualified as a duplicate
/// otherwise.
/// </summary>
internal sealed class DemoLeadLives(
    DateTime nowUtc, DemoLeadRouting routing, DemoLeadOpportunities? opportunities)
{
    // Leads in a queue wait this many days before someone takes them; newer ones are still there.
    private const int WaitingDays = 2;

    private static readonly UserSpec Admin = DemoRoster.Users.Single(u => u.Role == Roles.Admin);

    private static readonly DisqualificationReason[] Reasons =
    [
        DisqualificationReason.NoBudget, DisqualificationReason.NoBudget, DisqualificationReason.Unreachable,
        DisqualificationReason.Unreachable, DisqualificationReason.LostToCompetitor, DisqualificationReason.NoNeed,
        DisqualificationReason.NoNeed, DisqualificationReason.Invalid,
    ];

    private readonly DemoActivities _activities = new(nowUtc, seed: 20260304);

    public List<SeededAccount> NewAccounts { get; } = [];

    public List<Activity> Activities { get; } = [];

    public List<Opportunity> Opportunities { get; } = [];

    public void Live(DemoArrival arrival)
    {
        var lead = arrival.Lead;
        var timing = new Random(20260303 + (arrival.Index * 7919));
        routing.Route(lead);
        if (arrival.DaysAgo == 0 || (lead.OwnerId is null && arrival.DaysAgo <= WaitingDays))
        {
            Hold(lead, lead.ReceivedAt, null);
            return;
        }

        var since = lead.OwnerId is null ? Take(lead, timing) : lead.ReceivedAt;
        var closedAt = Progress(arrival, since, timing);
        Hold(lead, since, closedAt);
    }

    // Someone takes a lead nobody could be given: a rep of the queue's team, or one the administrator picks.
    private static DateTime Take(Lead lead, Random timing)
    {
        var at = lead.ReceivedAt.AddMinutes(timing.Next(40, 360));
        var team = DemoRoster.Teams.FirstOrDefault(t => DemoRoster.TeamId(t.Key) == lead.QueueTeamId);
        var reps = SalesPeople(u => u.TeamKey == team?.Key);
        if (reps.Count > 0)
        {
            var rep = timing.Pick(reps);
            lead.Reassign(rep.Id, rep.Id, at);
            return at;
        }

        var local = SalesPeople(u => u.Region == lead.Region);
        lead.Reassign(timing.Pick(local.Count > 0 ? local : SalesPeople(u => u.TeamKey == DemoRoster.EastSales)).Id,
            Admin.Id, at);

        return at;
    }

    private DateTime? Progress(DemoArrival arrival, DateTime since, Random timing)
    {
        var (lead, days, roll) = (arrival.Lead, arrival.DaysAgo, arrival.Fate);
        if (days < 3 ? roll < 0.5 : days < 14 && roll < 0.25)
        {
            return null;
        }

        lead.StartWorking(since.AddMinutes(timing.Next(30, 300)));
        // About one lead in eight ends as a customer; most of the others are worked or dropped.
        var convert = days >= 14 && roll >= (days < 60 ? 0.40 : 0.15) && roll < (days < 60 ? 0.52 : 0.30);
        var disqualify = days >= 3 && !convert && roll >= (days < 14 ? 0.85 : days < 60 ? 0.52 : 0.30);
        if (convert)
        {
            var at = lead.ReceivedAt.AddDays(3 + (timing.NextDouble() * (days - 6)));
            return Convert(arrival, at, timing) ? at : Disqualify(lead, DisqualificationReason.Duplicate, at);
        }

        return disqualify
            ? Disqualify(lead, timing.Pick(Reasons), lead.ReceivedAt.AddDays(1 + (timing.NextDouble() * (days - 2))))
            : null;
    }

    private bool Convert(DemoArrival arrival, DateTime at, Random timing)
    {
        var lead = arrival.Lead;
        var owner = DemoRoster.Users.Single(u => u.Id == lead.OwnerId);
        if (arrival.Customer is { } customer)
        {
            if (customer.Owner.TeamKey != owner.TeamKey)
            {
                return false;
            }

            var contact = customer.Contacts.First(c => c.Name == lead.PersonName);
            MarkConverted(arrival, customer.Account.Id, contact.Id, at, timing);
            return true;
        }

        var seeded = NewCustomer(arrival, owner, at);
        NewAccounts.Add(seeded);
        Activities.AddRange(_activities.Since(seeded, at, $"demo:lead-activity:{arrival.Index}"));
        MarkConverted(arrival, seeded.Account.Id, seeded.Contacts[0].Id, at, timing);

        return true;
    }

    // Most conversions open an opportunity, as the conversion dialog offers.
    private void MarkConverted(DemoArrival arrival, Guid accountId, Guid contactId, DateTime at, Random timing)
    {
        var opportunity = timing.Chance(0.8)
            ? opportunities?.Open(arrival.Lead, accountId, contactId, arrival.Index, at)
            : null;
        if (opportunity is not null)
        {
            Opportunities.Add(opportunity);
        }

        arrival.Lead.MarkConverted(accountId, contactId, opportunity?.Id, at);
    }

    private static SeededAccount NewCustomer(DemoArrival arrival, UserSpec owner, DateTime at)
    {
        var lead = arrival.Lead;
        var domain = lead.Email?[(lead.Email.IndexOf('@') + 1)..];
        var profile = new AccountProfile(
            lead.Company!, AccountKind.Company, lead.Industry, AccountTier.Standard,
            string.IsNullOrEmpty(lead.Region) ? owner.Region : lead.Region, null, null,
            domain is null ? null : $"https://www.{domain}", null, null);
        var account = Account.Create(DeterministicGuid.From("demo:lead-account", arrival.Index), profile, owner.Id, at);
        var contact = Contact.Create(
            DeterministicGuid.From("demo:lead-contact", arrival.Index), account.Id,
            new ContactDetails(lead.PersonName!, lead.Title, null, lead.Phone, lead.Email, lead.WeChatId), at);
        contact.MarkPrimary(true);

        return new SeededAccount(account, [contact], owner, IsEnglish: false);
    }

    private static DateTime Disqualify(Lead lead, DisqualificationReason reason, DateTime at)
    {
        var note = reason == DisqualificationReason.Duplicate ? "已是老客户，转交客户负责人跟进。" : null;
        lead.Disqualify(reason, note, at);

        return at;
    }

    private void Hold(Lead lead, DateTime from, DateTime? until)
    {
        if (lead.OwnerId is { } ownerId)
        {
            routing.Held(ownerId, from, until);
        }
    }

    private static List<UserSpec> SalesPeople(Func<UserSpec, bool> where) =>
        [.. DemoRoster.Users.Where(u => u.IsSales && u.Availability == Availability.Available).Where(where)];
}
