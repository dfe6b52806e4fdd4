using System.Collections.Immutable;
using Crm.Domain.Common;
using Crm.Domain.Displays;

namespace Crm.Domain.Tests.Displays;

public sealed class DisplayTests
{
    private static readonly DateTime At = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Team = Guid.Parse("0195a002-0000-7000-8000-0000000000a1");
    private static readonly string Hash = new('a', Display.TokenHashLength);

    [Fact]
    public void Create_GoodSettings_IsLiveAndRecordsTheChange()
    {
        var display = Display.Create(Guid.CreateVersion7(), Sales(), Hash, At);

        Assert.True(display.IsLive);
        var changed = Assert.IsType<DisplayChanged>(Assert.Single(display.DomainEvents));
        Assert.True(changed.IsLive);
    }

    [Fact]
    public void Create_BlankPageTitle_KeepsNoTitle()
    {
        var settings = Sales() with { Pages = [new DisplayPage("  ", [DisplayPanel.Funnel])] };

        var display = Display.Create(Guid.CreateVersion7(), settings, Hash, At);

        Assert.Null(display.Pages[0].Title);
    }

    [Theory]
    [InlineData(DisplayPanel.Queue, "Pages.wrong-panel")]
    [InlineData(DisplayPanel.Leaderboard, "Pages.repeated-panel")]
    public void Create_PanelThatDoesNotFit_IsRefusedNamingThePage(DisplayPanel second, string code)
    {
        var settings = Sales() with { Pages = [new DisplayPage(null, [DisplayPanel.Leaderboard, second])] };

        var error = Assert.Throws<DomainException>(() => Display.Create(Guid.CreateVersion7(), settings, Hash, At));

        Assert.Equal(code, error.Code);
        Assert.Contains("Page 1", error.Message);
    }

    [Fact]
    public void Create_NoPages_IsRefused()
    {
        var settings = Sales() with { Pages = [] };

        var error = Assert.Throws<DomainException>(() => Display.Create(Guid.CreateVersion7(), settings, Hash, At));

        Assert.Equal("Pages", error.Field);
    }

    [Fact]
    public void Create_ServiceWithoutTeam_IsRefused()
    {
        var settings = new DisplaySettings(
            "客服大屏", DisplayKind.Service, null, [new DisplayPage(null, [DisplayPanel.Queue])], Languages.Chinese);

        var error = Assert.Throws<DomainException>(() => Display.Create(Guid.CreateVersion7(), settings, Hash, At));

        Assert.Equal("Scope", error.Field);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7200)]
    public void Create_RotationOutOfRange_IsRefused(int seconds)
    {
        var settings = Sales() with { Rotation = TimeSpan.FromSeconds(seconds) };

        var error = Assert.Throws<DomainException>(() => Display.Create(Guid.CreateVersion7(), settings, Hash, At));

        Assert.Equal("Rotation", error.Field);
    }

    [Fact]
    public void Create_SoundWithoutCelebration_KeepsQuiet()
    {
        var settings = Sales() with { CelebrateWins = false, PlaySound = true };

        var display = Display.Create(Guid.CreateVersion7(), settings, Hash, At);

        Assert.False(display.PlaySound);
    }

    [Fact]
    public void Edit_OtherKind_IsRefused()
    {
        var display = Display.Create(Guid.CreateVersion7(), Sales(), Hash, At);
        var service = new DisplaySettings(
            "客服", DisplayKind.Service, Team, [new DisplayPage(null, [DisplayPanel.Queue])], Languages.Chinese);

        var error = Assert.Throws<DomainException>(() => display.Edit(service, At));

        Assert.Equal("Kind", error.Field);
    }

    [Fact]
    public void Revoke_LiveDisplay_StopsItAndSaysSo()
    {
        var display = Display.Create(Guid.CreateVersion7(), Sales(), Hash, At);

        display.Revoke(At.AddHours(1));

        Assert.False(display.IsLive);
        Assert.False(Assert.IsType<DisplayChanged>(display.DomainEvents[^1]).IsLive);
    }

    [Fact]
    public void RotateToken_RevokedDisplay_BringsItBackUnderTheNewToken()
    {
        var display = Display.Create(Guid.CreateVersion7(), Sales(), Hash, At);
        display.Revoke(At.AddHours(1));
        var newHash = new string('b', Display.TokenHashLength);

        display.RotateToken(newHash, At.AddHours(2));

        Assert.True(display.IsLive);
        Assert.Equal(newHash, display.TokenHash);
    }

    [Fact]
    public void Delete_ThenEdit_IsRefused()
    {
        var display = Display.Create(Guid.CreateVersion7(), Sales(), Hash, At);
        display.Delete(At.AddHours(1));

        var error = Assert.Throws<DomainException>(() => display.Edit(Sales(), At.AddHours(2)));

        Assert.Equal("Display.deleted", error.Code);
    }

    private static DisplaySettings Sales() => new(
        "华东销售大屏", DisplayKind.Sales, Team,
        ImmutableArray.Create(new DisplayPage("本月战况", [DisplayPanel.Leaderboard, DisplayPanel.Funnel])),
        Languages.Chinese);
}
