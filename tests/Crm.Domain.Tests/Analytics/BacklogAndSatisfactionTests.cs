using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Service;
using static Crm.Domain.Tests.Analytics.ServiceFixtures;

namespace Crm.Domain.Tests.Analytics;

public sealed class BacklogAndSatisfactionTests
{
    [Fact]
    public void AtDayEnds_ReopenedAndResolvedTickets_CountsThoseOpenAtEachLocalMidnight()
    {
        // Monday ends at 2026-03-02 16:00 UTC, Tuesday at 2026-03-03 16:00 UTC.
        // A: open 02:00–10:00 Monday, gone by Monday's end. B: open Monday 03:00 to Tuesday 02:00,
        // reopened Tuesday 05:00 and still open: counts both days. C: resolved exactly at Monday's
        // end: not counted. E: open Monday 12:00 to Tuesday 08:00: Monday only.
        var b = Ticket("2026-03-02 03:00") with
        {
            OpenSpans = [new OpenSpan(Utc("2026-03-02 03:00"), Utc("2026-03-03 02:00")),
                new OpenSpan(Utc("2026-03-03 05:00"), null)],
        };
        TicketFact[] facts =
        [
            Ticket("2026-03-02 02:00").Resolved("2026-03-02 10:00", 8), b,
            Ticket("2026-03-01 10:00").Resolved("2026-03-02 16:00", 9),
            Ticket("2026-03-02 12:00").Resolved("2026-03-03 08:00", 1),
        ];

        var backlog = Backlog.AtDayEnds(facts, MondayTuesday);

        Assert.Equal([(new DateOnly(2026, 3, 2), 2), (new DateOnly(2026, 3, 3), 1)], backlog);
    }

    [Fact]
    public void ByAgent_TwoAgents_AverageRoundedAndDistributionPerRating()
    {
        // 许静 5, 4, 4: 13 / 3 = 4.333… → 4.33; 王芳 2 → 2.00; the rating given Wednesday is out.
        var (xu, wang) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        TicketFact[] facts =
        [
            Ticket("2026-03-02 01:00").RatedBy(xu, 5, "2026-03-02 05:00"),
            Ticket("2026-03-02 01:00").RatedBy(xu, 4, "2026-03-02 06:00"),
            Ticket("2026-03-02 01:00").RatedBy(xu, 4, "2026-03-03 06:00"),
            Ticket("2026-03-02 01:00").RatedBy(wang, 2, "2026-03-03 07:00"),
            Ticket("2026-03-02 01:00").RatedBy(wang, 1, "2026-03-04 07:00"),
        ];

        var agents = AgentSatisfaction.ByAgent(facts, MondayTuesday);

        Assert.Equal([(xu, 3, 4.33m), (wang, 1, 2.00m)], agents.Select(a => (a.AssigneeId!.Value, a.Count, a.Average)));
        Assert.Equal([0, 0, 0, 2, 1], agents[0].Distribution);
    }

    [Fact]
    public void Overall_FourRatings_AverageOfAll()
    {
        // 5 + 4 + 4 + 2 = 15, / 4 = 3.75.
        var agent = Guid.CreateVersion7();
        TicketFact[] facts =
        [
            .. new[] { 5, 4, 4, 2 }.Select(r => Ticket("2026-03-02 01:00").RatedBy(agent, r, "2026-03-02 05:00")),
        ];

        var overall = AgentSatisfaction.Overall(facts, MondayTuesday);

        Assert.Equal((4, 3.75m), (overall!.Count, overall.Average));
    }
}
