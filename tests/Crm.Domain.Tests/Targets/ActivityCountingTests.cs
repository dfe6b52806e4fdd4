using Crm.Domain.Activities;
using Crm.Domain.Targets;

namespace Crm.Domain.Tests.Targets;

public sealed class ActivityCountingTests
{
    [Theory]
    [InlineData(ActivityKind.Call, ActivityOutcome.Reached, true)]
    [InlineData(ActivityKind.Call, ActivityOutcome.None, true)]
    [InlineData(ActivityKind.Call, ActivityOutcome.NoAnswer, false)]
    [InlineData(ActivityKind.Call, ActivityOutcome.Voicemail, false)]
    [InlineData(ActivityKind.Email, ActivityOutcome.None, true)]
    [InlineData(ActivityKind.WeChat, ActivityOutcome.NoAnswer, true)]
    [InlineData(ActivityKind.Meeting, ActivityOutcome.Interested, true)]
    [InlineData(ActivityKind.Visit, ActivityOutcome.None, true)]
    [InlineData(ActivityKind.Note, ActivityOutcome.None, false)]
    public void Counts_KindAndOutcome_DecideWhetherItIsAnInteraction(
        ActivityKind kind, ActivityOutcome outcome, bool counts)
    {
        Assert.Equal(counts, ActivityCounting.Counts(kind, outcome));
    }
}
