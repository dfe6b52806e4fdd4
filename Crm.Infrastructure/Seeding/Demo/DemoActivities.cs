using Crm.Domain.Activities;
using Crm.Domain.Customers;
using Crm.Domain.Teams;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The timeline of every account over the past 18 months: strategic accounts hear from us
/// every few weeks, individual customers a few times. Mostly logged by the owner, sometimes by
/// a teammate or a support agent; written in the account's language.
/// </summary>
internal sealed class DemoActivities(DateTime nowUtc, int seed = 20260103)
{
    private static readonly UserSpec[] SupportAgents =
        DemoRoster.Users.Where(u => u.Role == Roles.SupportAgent).ToArray();

    private readonly Random _random = new(seed);

    public List<Activity> Build(IReadOnlyList<SeededAccount> accounts)
    {
        var activities = new List<Activity>();
        foreach (var seeded in accounts)
        {
            var count = CountFor(seeded.Account);
            for (var i = 0; i < count; i++)
            {
                var id = DeterministicGuid.From("demo:activity", activities.Count);
                activities.Add(Log(seeded, id, HistoricMoment));
            }
        }

        return activities;
    }

    /// <summary>
    /// A few activities of an account that became a customer at <paramref name="since"/> (a lead
    /// converted then), dated between that moment and now; ids are taken from <paramref name="idScope"/>.
    /// </summary>
    public List<Activity> Since(SeededAccount seeded, DateTime since, string idScope)
    {
        var count = _random.Next(1, 4);
        var span = nowUtc - since;

        return
        [
            .. Enumerable.Range(0, count).Select(i => Log(
                seeded, DeterministicGuid.From(idScope, i), () => since + (span * (0.05 + (0.9 * Next()))))),
        ];
    }

    private int CountFor(Account account) => (account.Kind, account.Tier) switch
    {
        (AccountKind.Person, _) => _random.Next(1, 7),
        (_, AccountTier.Strategic) => _random.Next(20, 36),
        (_, AccountTier.Key) => _random.Next(10, 21),
        _ => _random.Next(3, 13),
    };

    private Activity Log(SeededAccount seeded, Guid id, Func<DateTime> when)
    {
        var loggedBy = LoggedBy(seeded.Owner);
        var english = seeded.IsEnglish || (loggedBy.Language == Domain.Common.Languages.English && _random.Chance(0.5));
        var template = (english ? ActivityTexts.English : ActivityTexts.Chinese).Pick(_random);
        var contact = seeded.Contacts.Count > 0 && _random.Chance(0.85) ? _random.Pick(seeded.Contacts) : null;
        var about = contact?.Name ?? seeded.Account.Name;
        var product = _random.Pick(english ? ContactTitles.EnglishProducts : ContactTitles.Products);
        var occurredAt = when();
        var duration = ActivityTexts.DurationOf(template.Kind, _random);
        var entry = new ActivityEntry(
            template.Kind, template.Direction, occurredAt, duration, _random.Pick(template.Outcomes),
            ActivityTexts.Fill(template.Subject, about, product, _random),
            ActivityTexts.Fill(template.Body, about, product, _random));
        var loggedAt = occurredAt + (duration ?? TimeSpan.Zero) + TimeSpan.FromMinutes(10);

        return Activity.Log(id, seeded.Account.Id, contact?.Id, null, entry, loggedBy.Id, Min(loggedAt, nowUtc));
    }

    private double Next() => _random.NextDouble();

    private DateTime HistoricMoment() => SeedCalendar.PastWorkMoment(nowUtc, SeedCalendar.HistoryDays, _random);

    private UserSpec LoggedBy(UserSpec owner) => _random.Next(100) switch
    {
        < 85 => owner,
        < 95 => _random.Pick(DemoRoster.Users.Where(u => u.TeamKey == owner.TeamKey).ToArray()),
        _ => _random.Pick(SupportAgents),
    };

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
