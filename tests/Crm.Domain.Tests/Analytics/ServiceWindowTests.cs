using Crm.Domain.Analytics.Service;
using Crm.Domain.Common;
using static Crm.Domain.Tests.Analytics.ServiceFixtures;

namespace Crm.Domain.Tests.Analytics;

public sealed class ServiceWindowTests
{
    [Fact]
    public void Contains_LocalMidnights_StartIncludedEndExcluded()
    {
        // Monday 00:00 in Shanghai is Sunday 16:00 UTC; the day after Tuesday starts Tuesday 16:00 UTC.
        var window = MondayTuesday;

        Assert.True(window.Contains(Utc("2026-03-01 16:00")));
        Assert.False(window.Contains(Utc("2026-03-01 15:59")));
        Assert.False(window.Contains(Utc("2026-03-03 16:00")));
    }

    [Fact]
    public void Constructor_LastDayBeforeFirst_ThrowsNamingTo()
    {
        var zone = MondayTuesday.Zone;

        var error = Assert.Throws<DomainException>(
            () => new ServiceWindow(new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 2), zone));

        Assert.Equal("To", error.Field);
    }
}
