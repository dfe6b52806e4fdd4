using Crm.Infrastructure.Live;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Infrastructure.Tests.Live;

public sealed class OutboxCursorTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Advance_ConsecutiveIds_MovesToHighestWithoutGaps()
    {
        var cursor = new OutboxCursor(_clock);

        cursor.Advance([1, 2, 3]);

        Assert.Equal(3, cursor.Position);
        Assert.Empty(cursor.OpenGaps);
    }

    [Fact]
    public void Advance_SkippedId_KeepsItOpen()
    {
        var cursor = new OutboxCursor(_clock);

        cursor.Advance([1, 2, 4, 6]);

        Assert.Equal(6, cursor.Position);
        Assert.Equal([3, 5], cursor.OpenGaps.Order());
    }

    [Fact]
    public void Advance_LowerIdCommittedLater_ClosesItsGapAndKeepsPosition()
    {
        var cursor = new OutboxCursor(_clock);
        cursor.Advance([1, 3]);

        cursor.Advance([2]);

        Assert.Equal(3, cursor.Position);
        Assert.Empty(cursor.OpenGaps);
    }

    [Fact]
    public void StartAfter_ThenAdvance_CountsOnlyLaterIdsAsGaps()
    {
        var cursor = new OutboxCursor(_clock);
        cursor.StartAfter(10);

        cursor.Advance([13]);

        Assert.Equal([11, 12], cursor.OpenGaps.Order());
    }

    [Fact]
    public void Advance_GapWithinGracePeriod_StaysOpen()
    {
        var cursor = new OutboxCursor(_clock);
        cursor.Advance([1, 3]);
        _clock.Advance(TimeSpan.FromSeconds(29));

        cursor.Advance([]);

        Assert.Equal([2], cursor.OpenGaps);
    }

    [Fact]
    public void Advance_GapOlderThanGracePeriod_Expires()
    {
        var cursor = new OutboxCursor(_clock);
        cursor.Advance([1, 3]);
        _clock.Advance(TimeSpan.FromSeconds(31));

        cursor.Advance([]);

        Assert.Empty(cursor.OpenGaps);
    }
}
