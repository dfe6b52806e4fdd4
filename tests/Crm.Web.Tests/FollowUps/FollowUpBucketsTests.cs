using System.Globalization;
using Crm.Web.FollowUps;

namespace Crm.Web.Tests.FollowUps;

public sealed class FollowUpBucketsTests
{
    // Wednesday 4 March 2026, 10:00, in a calendar whose week starts on Monday.
    private static readonly DateTime Now = new(2026, 3, 4, 10, 0, 0);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData("2026-03-04T08:00", FollowUpBucket.Overdue)]
    [InlineData("2026-03-04T18:00", FollowUpBucket.Today)]
    [InlineData("2026-03-08T18:00", FollowUpBucket.ThisWeek)]
    [InlineData("2026-03-09T09:00", FollowUpBucket.Later)]
    public void Of_DueTime_LandsInItsBucket(string due, FollowUpBucket expected)
    {
        var task = FakeFollowUpService.Item("Task", DateTime.Parse(due, CultureInfo.InvariantCulture));

        var bucket = FollowUpBuckets.Of(task, Now, Now, t => t, Chinese);

        Assert.Equal(expected, bucket);
    }
}
