using Crm.Domain.Common;
using Crm.Infrastructure.Pipeline.Presence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Infrastructure.Tests.Pipeline.Presence;

public sealed class PresenceRegistryTests
{
    private static readonly PresenceViewer Wang = new(Guid.CreateVersion7(), "王芳");
    private static readonly PresenceViewer Chen = new(Guid.CreateVersion7(), "陈丽");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordLink _record = new(RecordKind.Opportunity, Guid.CreateVersion7());
    private readonly PresenceRegistry _registry;

    public PresenceRegistryTests()
    {
        _registry = new PresenceRegistry(_clock, NullLogger<PresenceRegistry>.Instance);
    }

    [Fact]
    public void Join_SecondViewer_EachSeesTheOther()
    {
        using var wang = _registry.Join(_record, Wang, () => { });

        using var chen = _registry.Join(_record, Chen, () => { });

        Assert.Equal(["陈丽"], wang.Others().Select(p => p.DisplayName));
        Assert.Equal(["王芳"], chen.Others().Select(p => p.DisplayName));
    }

    [Fact]
    public void Join_SomeoneElse_TellsThePagesAlreadyOpen()
    {
        var told = 0;
        using var wang = _registry.Join(_record, Wang, () => told++);

        using var chen = _registry.Join(_record, Chen, () => { });

        Assert.Equal(1, told);
    }

    [Fact]
    public void Join_AnotherRecord_IsNotSeenHere()
    {
        using var wang = _registry.Join(_record, Wang, () => { });

        using var chen = _registry.Join(new RecordLink(RecordKind.Opportunity, Guid.CreateVersion7()), Chen, () => { });

        Assert.Empty(wang.Others());
    }

    [Fact]
    public void Others_SameUserInTwoTabs_LeavesThemOutAndListsOthersOnce()
    {
        using var wangTab1 = _registry.Join(_record, Wang, () => { });
        using var wangTab2 = _registry.Join(_record, Wang, () => { });
        using var chenTab1 = _registry.Join(_record, Chen, () => { });
        using var chenTab2 = _registry.Join(_record, Chen, () => { });

        var others = wangTab1.Others();

        Assert.Equal([Chen.UserId], others.Select(p => p.UserId));
    }

    [Fact]
    public void StartEditing_ShowsThePencilToOthers()
    {
        using var wang = _registry.Join(_record, Wang, () => { });
        using var chen = _registry.Join(_record, Chen, () => { });

        chen.StartEditing();

        Assert.True(Assert.Single(wang.Others()).IsEditing);
    }

    [Fact]
    public void StopEditing_AfterStart_ShowsOnlyLookingAgain()
    {
        using var wang = _registry.Join(_record, Wang, () => { });
        using var chen = _registry.Join(_record, Chen, () => { });
        chen.StartEditing();

        chen.StopEditing();

        Assert.False(Assert.Single(wang.Others()).IsEditing);
    }

    [Fact]
    public void StartEditing_OneOfTwoTabs_ShowsThePersonEditing()
    {
        using var wang = _registry.Join(_record, Wang, () => { });
        using var chenLooking = _registry.Join(_record, Chen, () => { });
        using var chenEditing = _registry.Join(_record, Chen, () => { });

        chenEditing.StartEditing();

        Assert.True(Assert.Single(wang.Others()).IsEditing);
    }

    [Fact]
    public void StartEditing_Twice_TellsOthersOnce()
    {
        var told = 0;
        using var wang = _registry.Join(_record, Wang, () => told++);
        using var chen = _registry.Join(_record, Chen, () => { });
        var toldOfTheJoin = told;

        chen.StartEditing();
        chen.StartEditing();

        Assert.Equal(1, told - toldOfTheJoin);
    }

    [Fact]
    public void Dispose_Page_LeavesAndTellsOthers()
    {
        var told = 0;
        using var wang = _registry.Join(_record, Wang, () => told++);
        var chen = _registry.Join(_record, Chen, () => { });

        chen.Dispose();

        Assert.Empty(wang.Others());
        Assert.Equal(2, told);
    }

    [Fact]
    public void Dispose_LastPage_LeavesNothingBehind()
    {
        var wang = _registry.Join(_record, Wang, () => { });
        var chen = _registry.Join(_record, Chen, () => { });

        wang.Dispose();
        chen.Dispose();

        Assert.Empty(_registry.PresentOn(_record));
    }

    [Fact]
    public void Dispose_Twice_TellsOthersOnce()
    {
        var told = 0;
        using var wang = _registry.Join(_record, Wang, () => told++);
        var chen = _registry.Join(_record, Chen, () => { });

        chen.Dispose();
        chen.Dispose();

        Assert.Equal(2, told);
    }

    [Fact]
    public void StartEditing_AfterDispose_ChangesNothing()
    {
        using var wang = _registry.Join(_record, Wang, () => { });
        var chen = _registry.Join(_record, Chen, () => { });
        chen.Dispose();

        chen.StartEditing();

        Assert.Empty(wang.Others());
    }

    [Fact]
    public void Join_ListenerThatThrows_StillJoinsAndTellsTheOthers()
    {
        var told = 0;
        using var broken = _registry.Join(_record, Wang, () => throw new InvalidOperationException("circuit gone"));
        using var working = _registry.Join(_record, new PresenceViewer(Guid.CreateVersion7(), "李强"), () => told++);

        using var chen = _registry.Join(_record, Chen, () => { });

        Assert.Equal(3, _registry.PresentOn(_record).Count);
        Assert.Equal(1, told);
    }

    [Fact]
    public void PresentOn_SeveralViewers_ListsThemInTheOrderTheyCame()
    {
        using var chen = _registry.Join(_record, Chen, () => { });
        _clock.Advance(TimeSpan.FromMinutes(2));
        using var wang = _registry.Join(_record, Wang, () => { });

        var present = _registry.PresentOn(_record);

        Assert.Equal(["陈丽", "王芳"], present.Select(p => p.DisplayName));
    }
}
