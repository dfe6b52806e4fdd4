using Crm.Infrastructure.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Crm.Infrastructure.Tests.Mail;

public sealed class MailSenderTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-mail-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task SendAsync_NoSmtpHost_WritesEmlIntoNewFolder()
    {
        var sender = new MailSender(
            Options.Create(new MailOptions { PickupFolder = _folder, SenderAddress = "crm@crm.test" }),
            NullLogger<MailSender>.Instance);

        var messageId = await sender.SendAsync(new MailMessage("jane@crm.test", "Hi", "<p>你好</p>", "你好"), Ct);

        var mail = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(_folder, "*.eml")), Ct);
        Assert.Equal(messageId, mail.MessageId);
        Assert.Equal("你好", mail.TextBody?.Trim());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
