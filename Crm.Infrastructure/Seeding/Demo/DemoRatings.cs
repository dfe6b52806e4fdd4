using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Mail;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Customers' ratings of resolved demo tickets: about a third answer the survey, within three
/// days of the resolution; most give four or five stars, some one or two with a comment saying
/// why, in the ticket's language. The scale generator rates the same way without comments.
/// </summary>
internal static class DemoRatings
{
    private const double Answering = 0.35;

    private static readonly (int Stars, double Weight)[] Spread =
        [(5, 0.52), (4, 0.28), (3, 0.1), (2, 0.06), (1, 0.04)];

    private static readonly string[] PraiseChinese =
        ["处理很及时，谢谢！", "工程师很专业，一次就解决了。", "回复速度快，态度也好。", "问题解决了，非常感谢。"];

    private static readonly string[] PraiseEnglish =
        ["Quick and friendly, thank you!", "Solved on the first try.", "Clear answers, much appreciated."];

    private static readonly string[] MixedChinese = ["解决了，但等了比较久。", "最后解决了，希望下次能更快一些。"];

    private static readonly string[] MixedEnglish =
        ["Fixed in the end, but it took a while.", "OK, though I had to chase twice."];

    private static readonly string[] ComplaintChinese =
    [
        "等了三天才有人回复，太慢了。", "问题反复出现，没有真正解决。", "客服一直让我重启，没有人认真看日志。",
        "电话转了好几次，每次都要重新说明情况。",
    ];

    private static readonly string[] ComplaintEnglish =
    [
        "Took far too long to get a real answer.", "The issue came back the next day.",
        "I had to explain the problem three times to different people.",
    ];

    /// <summary>
    /// Rates some of <paramref name="tickets"/>, with a seeded random of its own so the rest of the
    /// demo stays as it was.
    /// </summary>
    public static List<Ticket> Apply(List<Ticket> tickets, DateTime nowUtc)
    {
        var random = new Random(20261204);
        foreach (var ticket in tickets)
        {
            Rate(ticket, nowUtc, random, withComment: true);
        }

        return tickets;
    }

    /// <summary>Rates a resolved or closed <paramref name="ticket"/> now and then, never after now.</summary>
    public static void Rate(Ticket ticket, DateTime nowUtc, Random random, bool withComment)
    {
        if (ticket.ResolvedAt is not { } resolved || ticket.IsOpen || !random.Chance(Answering))
        {
            return;
        }

        var at = resolved.AddMinutes(random.Next(20, 3 * 24 * 60));
        if (at > nowUtc)
        {
            return;
        }

        var stars = Stars(random);
        ticket.Rate(stars, withComment ? Comment(stars, ticket.Subject, random) : null, at);
    }

    private static int Stars(Random random)
    {
        var draw = random.NextDouble();
        foreach (var (stars, weight) in Spread)
        {
            if ((draw -= weight) < 0)
            {
                return stars;
            }
        }

        return 5;
    }

    private static string? Comment(int stars, string subject, Random random)
    {
        var english = TicketMailLanguage.Of(subject) == TicketMailLanguage.English;

        return stars switch
        {
            <= 2 => random.Pick(english ? ComplaintEnglish : ComplaintChinese),
            3 => random.Chance(0.6) ? random.Pick(english ? MixedEnglish : MixedChinese) : null,
            _ => random.Chance(0.3) ? random.Pick(english ? PraiseEnglish : PraiseChinese) : null,
        };
    }
}
