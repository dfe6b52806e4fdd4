using Crm.Infrastructure.Mail.Inbound;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

public sealed class InboundMailOptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new InboundMailOptionsValidator().Validate(null, new InboundMailOptions()).Succeeded);
    }

    [Fact]
    public void Validate_ImapHostWithoutUser_NamesTheMissingKey()
    {
        var options = new InboundMailOptions { Imap = { Host = "imap.example.com", Password = "secret" } };

        var result = new InboundMailOptionsValidator().Validate(null, options);

        Assert.Equal(["Mail:Inbound:Imap:User is required when Imap:Host is set."], result.Failures);
    }

    [Fact]
    public void Validate_PlainTextToARemoteServer_IsRefused()
    {
        var options = new InboundMailOptions
        {
            Imap = { Host = "imap.example.com", User = "support", Password = "secret", Tls = SecureSocketOptions.None },
        };

        var result = new InboundMailOptionsValidator().Validate(null, options);

        Assert.Contains(result.Failures!, f => f.Contains("Imap:Tls None", StringComparison.Ordinal));
    }

    [Fact]
    public void Value_BadPollSecondsInConfiguration_ThrowsNamingTheKey()
    {
        using var services = Services(new() { ["Mail:Inbound:PollSeconds"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<InboundMailOptions>>().Value);

        Assert.Contains("Mail:Inbound:PollSeconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_ImapHostConfigured_IsTheImapSource()
    {
        using var services = Services(new()
        {
            ["Mail:Inbound:Imap:Host"] = "imap.example.com",
            ["Mail:Inbound:Imap:User"] = "support",
            ["Mail:Inbound:Imap:Password"] = "secret",
            ["Mail:Inbound:Imap:Tls"] = "SslOnConnect",
        });

        var source = services.GetRequiredService<IInboundMailSource>();

        Assert.Equal("IMAP imap.example.com:993/INBOX", source.Description);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddCrmInboundMail(configuration);

        return services.BuildServiceProvider();
    }
}
