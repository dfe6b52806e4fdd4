using Crm.Domain.Common;
using Crm.Domain.Tickets.Canned;

namespace Crm.Domain.Tests.Tickets.Canned;

public sealed class CannedReplyTests
{
    private static readonly DateTime At = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid TeamId = Guid.NewGuid();

    [Fact]
    public void Create_ValidText_KeepsItTrimmedForTheTeam()
    {
        var reply = CannedReply.Create(Guid.NewGuid(), TeamId, new("  已收到  ", "\n您好，{{customer.name}}\n", "zh-CN"), At);

        Assert.Equal(("已收到", "您好，{{customer.name}}", "zh-CN", TeamId),
            (reply.Title, reply.Body, reply.Language, reply.TeamId));
    }

    [Fact]
    public void Create_Always_RecordsTheChangeWithVersionOne()
    {
        var reply = CannedReply.Create(Guid.NewGuid(), TeamId, new("Received", "Hello"), At);

        var changed = Assert.IsType<CannedReplyChanged>(Assert.Single(reply.DomainEvents));
        Assert.Equal((1, TeamId, false), (changed.Version, changed.TeamId, changed.IsRetired));
    }

    [Theory]
    [InlineData("", "Hello", "Title.required")]
    [InlineData("Hi", " \n ", "Body.required")]
    public void Create_MissingField_IsRefusedNamingIt(string title, string body, string code)
    {
        var error = Assert.Throws<DomainException>(
            () => CannedReply.Create(Guid.NewGuid(), TeamId, new(title, body), At));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Create_TitleOverTheLimit_IsRefused()
    {
        var title = new string('标', CannedReply.MaxTitleLength + 1);

        var error = Assert.Throws<DomainException>(
            () => CannedReply.Create(Guid.NewGuid(), TeamId, new(title, "x"), At));

        Assert.Equal(("Title.too-long", "Title"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_BodyOverTheLimit_IsRefused()
    {
        var body = new string('字', CannedReply.MaxBodyLength + 1);

        var error = Assert.Throws<DomainException>(
            () => CannedReply.Create(Guid.NewGuid(), TeamId, new("T", body), At));

        Assert.Equal(("Body.too-long", "Body"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_UnknownPlaceholder_IsRefusedNamingItAndWhereItIs()
    {
        var text = new CannedReplyText("Greeting", "Hello,\nDear {{customer.nmae}}", null);

        var error = Assert.Throws<DomainException>(
            () => CannedReply.Create(Guid.NewGuid(), TeamId, text, At));

        Assert.Equal(("Body.unknown-placeholder", "Body"), (error.Code, error.Field));
        Assert.Contains("{{customer.nmae}} at line 2, column 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnsupportedLanguage_IsRefused()
    {
        var error = Assert.Throws<DomainException>(
            () => CannedReply.Create(Guid.NewGuid(), TeamId, new("T", "x", "fr-FR"), At));

        Assert.Equal("Language", error.Field);
    }

    [Fact]
    public void Create_EmptyTeam_IsRefused()
    {
        var error = Assert.Throws<DomainException>(
            () => CannedReply.Create(Guid.NewGuid(), Guid.Empty, new("T", "x"), At));

        Assert.Equal("Team", error.Field);
    }

    [Fact]
    public void Edit_NewText_ReplacesTheTextAndForgetsTheLanguage()
    {
        var reply = CannedReply.Create(Guid.NewGuid(), TeamId, new("Old", "Old body", "en-US"), At);

        reply.Edit(new("New", "New body {{agent.name}}", null), At.AddHours(1));

        Assert.Equal(("New", "New body {{agent.name}}", null), (reply.Title, reply.Body, reply.Language));
    }

    [Fact]
    public void Retire_ActiveReply_MarksItRetiredAndSaysSo()
    {
        var reply = CannedReply.Create(Guid.NewGuid(), TeamId, new("T", "x"), At);
        reply.ClearDomainEvents();

        reply.Retire(At.AddDays(1));

        Assert.True(reply.IsDeleted);
        Assert.True(Assert.IsType<CannedReplyChanged>(Assert.Single(reply.DomainEvents)).IsRetired);
    }

    [Fact]
    public void Edit_RetiredReply_IsRefused()
    {
        var reply = CannedReply.Create(Guid.NewGuid(), TeamId, new("T", "x"), At);
        reply.Retire(At);

        var error = Assert.Throws<DomainException>(() => reply.Edit(new("T", "y"), At));

        Assert.Equal("CannedReply.retired", error.Code);
    }
}
