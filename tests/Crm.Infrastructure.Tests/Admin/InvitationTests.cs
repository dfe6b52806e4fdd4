using Crm.Domain.Common;
using Crm.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Crm.Infrastructure.Tests.Admin;

public sealed class InvitationTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AdminHarness _harness = default!;

    public async ValueTask InitializeAsync() => _harness = await AdminHarness.StartAsync();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task InviteAsync_ChineseUser_WritesChineseMail()
    {
        await _harness.InviteAsync("li.lei@crm.test", Languages.Chinese);

        var mail = await _harness.WaitForMailAsync();

        Assert.Equal("邀请您加入脉动 CRM", mail.Subject);
        Assert.Contains("li.lei@crm.test", mail.To.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task InviteAsync_EnglishUser_WritesEnglishMail()
    {
        await _harness.InviteAsync("jane@crm.test", Languages.English);

        var mail = await _harness.WaitForMailAsync();

        Assert.Equal("You're invited to Pulse CRM", mail.Subject);
    }

    [Fact]
    public async Task InviteAsync_MailedToken_ResetsPassword()
    {
        var userId = await _harness.InviteAsync("li.lei@crm.test", Languages.Chinese);
        var link = LinkIn(await _harness.WaitForMailAsync());

        var users = _harness.Services.GetRequiredService<UserManager<CrmIdentityUser>>();
        var result = await users.ResetPasswordAsync(
            (await users.FindByIdAsync(userId.ToString()))!, Query(link, "token"), "first-pass-1");

        Assert.True(result.Succeeded);
        Assert.Equal(userId.ToString(), Query(link, "userId"));
    }

    [Fact]
    public async Task AcceptInvitationAsync_MailedToken_SetsPasswordOnce()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var token = Query(LinkIn(await _harness.WaitForMailAsync()), "token");

        var first = await _harness.Passwords.AcceptInvitationAsync(userId, token, "first-pass-1", Ct);
        var second = await _harness.Passwords.AcceptInvitationAsync(userId, token, "other-pass-2", Ct);

        Assert.True(first.Succeeded);
        Assert.Equal([PasswordChangeResult.InvalidToken], second.ErrorCodes);
    }

    [Fact]
    public async Task AcceptInvitationAsync_ShortPassword_ReportsIdentityCode()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var token = Query(LinkIn(await _harness.WaitForMailAsync()), "token");

        var result = await _harness.Passwords.AcceptInvitationAsync(userId, token, "a1", Ct);

        Assert.Contains("PasswordTooShort", result.ErrorCodes);
    }

    [Fact]
    public async Task InviteAsync_TakenEmail_ThrowsDomainErrorOnEmail()
    {
        await _harness.InviteAsync("jane@crm.test");

        var error = await Assert.ThrowsAsync<DomainException>(() => _harness.InviteAsync("JANE@crm.test"));

        Assert.Equal("Email", error.Field);
    }

    [Fact]
    public async Task ListUsersAsync_InvitedUser_ShowsRolesAndPendingInvitation()
    {
        var userId = await _harness.InviteAsync("jane@crm.test", Languages.English, "SalesRep", "Marketing");

        var row = (await _harness.Admin.ListUsersAsync(Ct)).Single(u => u.Id == userId);

        Assert.Equal(["SalesRep", "Marketing"], row.Roles);
        Assert.True(row.InvitationPending);
    }

    internal static Uri LinkIn(MimeMessage mail) =>
        new((mail.TextBody ?? "").Split('\n')
            .Select(l => l.Trim())
            .First(l => l.StartsWith("https://", StringComparison.Ordinal)));

    internal static string Query(Uri link, string name) =>
        link.Query.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2))
            .Where(p => p[0] == name)
            .Select(p => Uri.UnescapeDataString(p[1]))
            .Single();
}
