using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Service;
using Crm.Domain.Tickets;
using static Crm.Domain.Tests.Analytics.ServiceFixtures;

namespace Crm.Domain.Tests.Analytics;

/// <summary>Volume, times and SLA attainment on hand-built facts, Monday and Tuesday in Shanghai.</summary>
public sealed class ServiceFiguresTests
{
    [Fact]
    public void ByChannel_TicketsInAndOutOfTheWindow_CountsOnlyThoseOpenedInIt()
    {
        TicketFact[] facts =
        [
            Ticket("2026-03-02 01:00"), Ticket("2026-03-03 09:00"),
            Ticket("2026-03-02 02:00") with { Channel = TicketChannel.Phone },
            Ticket("2026-03-01 15:59"), // Sunday 23:59 in Shanghai: before the window
        ];

        var volume = TicketVolume.ByChannel(facts, MondayTuesday);

        Assert.Equal((2, 1, 0), (Of(volume, TicketChannel.Email), Of(volume, TicketChannel.Phone),
            Of(volume, TicketChannel.Chat)));
        Assert.Equal(Enum.GetValues<TicketChannel>().Length, volume.Count);
    }

    [Fact]
    public void ByCategory_Complaint_CountedUnderItsCategory()
    {
        TicketFact[] facts = [Ticket("2026-03-02 01:00") with { Category = TicketCategory.Complaint }];

        var volume = TicketVolume.ByCategory(facts, MondayTuesday);

        Assert.Equal(1, volume.Single(v => v.Category == TicketCategory.Complaint).Count);
        Assert.Equal(1, volume.Sum(v => v.Count));
    }

    [Fact]
    public void ByHourOfWeek_UtcMoments_CountedInTheLocalHour()
    {
        // 16:00 UTC Sunday = Monday 00:00; 01:30 UTC Monday = Monday 09:30; 15:59 UTC Tuesday = Tuesday 23:59.
        TicketFact[] facts = [Ticket("2026-03-01 16:00"), Ticket("2026-03-02 01:30"), Ticket("2026-03-03 15:59")];

        var map = TicketVolume.ByHourOfWeek(facts, MondayTuesday);

        Assert.Equal((1, 1, 1), (map.Count(DayOfWeek.Monday, 0), map.Count(DayOfWeek.Monday, 9),
            map.Count(DayOfWeek.Tuesday, 23)));
        Assert.Equal(3, map.Total);
    }

    [Fact]
    public void FirstResponse_FourAnsweredInTheWindow_MedianAndNinetiethPercentile()
    {
        // 1, 2, 3, 10 h: median (2 + 3) / 2 = 2.5 h, 90th at rank ⌈3.6⌉ = 4 → 10 h; the one answered
        // Wednesday is out.
        TicketFact[] facts =
        [
            Ticket("2026-03-02 01:00").Answered("2026-03-02 02:00", 1),
            Ticket("2026-03-02 01:00").Answered("2026-03-02 03:00", 2),
            Ticket("2026-03-02 01:00").Answered("2026-03-02 04:00", 3),
            Ticket("2026-03-02 01:00").Answered("2026-03-03 08:00", 10),
            Ticket("2026-03-02 01:00").Answered("2026-03-04 02:00", 20),
        ];

        var times = ServiceTimes.FirstResponse(facts, MondayTuesday);

        Assert.Equal(new DurationSummary(4, TimeSpan.FromHours(2.5), TimeSpan.FromHours(10)), times);
    }

    [Fact]
    public void Resolution_UnresolvedAndResolvedTickets_OnlyResolvedInTheWindowCount()
    {
        TicketFact[] facts =
        [
            Ticket("2026-03-02 01:00").Resolved("2026-03-02 05:00", 4),
            Ticket("2026-03-02 01:00") with { ReopenCount = 1 },
        ];

        var times = ServiceTimes.Resolution(facts, MondayTuesday);

        Assert.Equal(new DurationSummary(1, TimeSpan.FromHours(4), TimeSpan.FromHours(4)), times);
    }

    [Fact]
    public void ComplaintHandling_ComplaintAndProblem_ElapsedTimeOfTheComplaintOnly()
    {
        // Opened 01:00, resolved 03:30 UTC: 2 h 30 min elapsed (the working time recorded is not used).
        TicketFact[] facts =
        [
            Ticket("2026-03-02 01:00").Resolved("2026-03-02 03:30", 1) with { Category = TicketCategory.Complaint },
            Ticket("2026-03-02 01:00").Resolved("2026-03-02 09:00", 8),
        ];

        var times = ServiceTimes.ComplaintHandling(facts, MondayTuesday);

        Assert.Equal((1, TimeSpan.FromMinutes(150)), (times.Count, times.Median!.Value));
    }

    [Fact]
    public void SlaAttainment_ThreeMetOneBreachedOneUndecided_SeventyFivePercent()
    {
        TicketFact[] facts =
        [
            .. new bool?[] { true, true, true, false, null }
                .Select(met => Ticket("2026-03-02 01:00") with { FirstResponseMet = met }),
        ];

        var attainment = SlaAttainment.Of(facts, MondayTuesday);

        Assert.Equal(new ClockAttainment(3, 1), attainment.FirstResponse);
        Assert.Equal((0.75m, (decimal?)null), (attainment.FirstResponse.Rate!.Value, attainment.Resolution.Rate));
    }

    private static int Of<TKey>(IReadOnlyList<(TKey Key, int Count)> counts, TKey key)
        where TKey : struct =>
        counts.Single(c => c.Key.Equals(key)).Count;
}
