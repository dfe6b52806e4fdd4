using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Service;
using Crm.Domain.Tickets;
using static Crm.Domain.Tests.Analytics.ServiceFixtures;

namespace Crm.Domain.Tests.Analytics;

/// <summary>The facts behind a clicked service segment are the ones its figure counted.</summary>
public sealed class SegmentsBehindTests
{
    [Fact]
    public void OpenAtEndOf_ReopenedTicket_BehindTheDaysItsSpansCover()
    {
        // Open Monday 03:00 UTC to Monday 10:00 UTC (Monday 18:00 local), reopened Tuesday 05:00 UTC.
        var reopened = Ticket("2026-03-02 03:00") with
        {
            OpenSpans = [new OpenSpan(Utc("2026-03-02 03:00"), Utc("2026-03-02 10:00")),
                new OpenSpan(Utc("2026-03-03 05:00"), null)],
        };
        var resolvedAtMidnight = Ticket("2026-03-01 10:00").Resolved("2026-03-02 16:00", 9);
        TicketFact[] facts = [reopened, resolvedAtMidnight];

        var monday = Backlog.OpenAtEndOf(facts, MondayTuesday, new DateOnly(2026, 3, 2));
        var tuesday = Backlog.OpenAtEndOf(facts, MondayTuesday, new DateOnly(2026, 3, 3));

        Assert.Empty(monday);
        Assert.Equal([reopened], tuesday);
    }

    [Fact]
    public void OpenAtEndOf_DayOutsideTheWindow_Nothing()
    {
        TicketFact[] facts = [Ticket("2026-03-02 03:00")];

        Assert.Empty(Backlog.OpenAtEndOf(facts, MondayTuesday, new DateOnly(2026, 3, 4)));
    }

    [Fact]
    public void OfHour_TicketOpenedAt0130Utc_InTheMonday09Cell()
    {
        var early = Ticket("2026-03-02 01:30");
        TicketFact[] facts = [early, Ticket("2026-03-02 02:00")];

        Assert.Equal([early], TicketVolume.OfHour(facts, MondayTuesday, DayOfWeek.Monday, 9));
    }

    [Fact]
    public void RatedFor_AgentAndRating_OnlyThatPartOfTheBar()
    {
        // 许静's 4 on Monday counts; her 5, 王芳's 4 and her 4 given Wednesday do not.
        var (xu, wang) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var four = Ticket("2026-03-02 01:00").RatedBy(xu, 4, "2026-03-02 05:00");
        TicketFact[] facts =
        [
            four,
            Ticket("2026-03-02 01:00").RatedBy(xu, 5, "2026-03-02 05:00"),
            Ticket("2026-03-02 01:00").RatedBy(wang, 4, "2026-03-02 05:00"),
            Ticket("2026-03-02 01:00").RatedBy(xu, 4, "2026-03-04 05:00"),
        ];

        var behind = AgentSatisfaction.RatedFor(facts, MondayTuesday, xu, 4).ToList();

        Assert.Equal([four], behind);
        Assert.Equal(behind.Count, AgentSatisfaction.ByAgent(facts, MondayTuesday)
            .Single(a => a.AssigneeId == xu).Distribution[3]);
    }

    [Fact]
    public void OfChannel_PhoneTicketOpenedBeforeTheWindow_NotBehindIt()
    {
        var phone = Ticket("2026-03-02 01:00") with { Channel = TicketChannel.Phone };
        TicketFact[] facts = [phone, Ticket("2026-03-01 01:00") with { Channel = TicketChannel.Phone }];

        Assert.Equal([phone], TicketVolume.OfChannel(facts, MondayTuesday, TicketChannel.Phone));
    }
}
