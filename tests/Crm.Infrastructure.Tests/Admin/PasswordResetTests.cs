using Crm.Domain.Common;

namespace Crm.Infrastructure.Tests.Admin;

public sealed class PasswordResetTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AdminHarness _harness = default!;

    public async ValueTask InitializeAsync() => _harness = await AdminHarness.StartAsync();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task RequestResetAsync_ChineseUser_MailsChineseLinkThatResets()
    {
        await _harness.InviteAsync("li.lei@crm.test", Languages.Chinese);

        await _harness.Passwords.RequestResetAsync("LI.LEI@crm.test", Ct);
        var mail = await _harness.WaitForMailAsync(count: 2);
        var token = InvitationTests.Query(InvitationTests.LinkIn(mail), "token");

        Assert.Equal("重置您的脉动 CRM 密码", mail.Subject);
        Assert.True((await _harness.Passwords.ResetAsync("li.lei@crm.test", token, "new-pass-42", Ct)).Succeeded);
    }

    [Fact]
    public async Task RequestResetAsync_UnknownEmail_SendsNothing()
    {
        await _harness.Passwords.RequestResetAsync("nobody@crm.test", Ct);
        await Task.Delay(200, TestContext.Current.CancellationToken);

        Assert.Empty(_harness.MailFiles());
    }

    [Fact]
    public async Task ResetAsync_UnknownEmail_FailsLikeABadToken()
    {
        var result = await _harness.Passwords.ResetAsync("nobody@crm.test", "token", "new-pass-42", Ct);

        Assert.Equal(["InvalidToken"], result.ErrorCodes);
    }
}
