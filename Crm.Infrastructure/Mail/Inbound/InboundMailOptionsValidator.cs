using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>Refuses settings the poller cannot work with, naming the key to fix.</summary>
internal sealed class InboundMailOptionsValidator : IValidateOptions<InboundMailOptions>
{
    public ValidateOptionsResult Validate(string? name, InboundMailOptions options)
    {
        var errors = new List<string>();
        Check(errors, options.PollSeconds is >= 1 and <= 86_400, "PollSeconds must be between 1 and 86400.");
        Check(errors, options.MaxAttempts is >= 1 and <= 100, "MaxAttempts must be between 1 and 100.");
        Check(errors, options.MaxMessageBytes >= 1024, "MaxMessageBytes must be at least 1024.");
        Check(errors, options.BatchSize is >= 1 and <= 1000, "BatchSize must be between 1 and 1000.");
        Check(errors, !string.IsNullOrWhiteSpace(options.PickupFolder),
            "PickupFolder must name a folder (rejected IMAP mails are copied there too).");
        if (options.UsesImap)
        {
            ValidateImap(errors, options.Imap);
        }

        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => $"{InboundMailOptions.Section}:{e}"));
    }

    private static void ValidateImap(List<string> errors, ImapOptions imap)
    {
        Check(errors, imap.Port is >= 1 and <= 65_535, "Imap:Port must be between 1 and 65535.");
        Check(errors, !string.IsNullOrWhiteSpace(imap.User), "Imap:User is required when Imap:Host is set.");
        Check(errors, !string.IsNullOrEmpty(imap.Password), "Imap:Password is required when Imap:Host is set.");
        Check(errors, !string.IsNullOrWhiteSpace(imap.Folder), "Imap:Folder must name a folder (INBOX).");
        Check(errors, Enum.IsDefined(imap.Tls), "Imap:Tls must be SslOnConnect, StartTls, Auto or None.");
        Check(errors, imap.Tls != SecureSocketOptions.None || IsLocal(imap.Host),
            "Imap:Tls None sends the password in clear; it is allowed only for a server on this machine.");
        Check(errors, !Same(imap.ProcessedFolder, imap.Folder) && !Same(imap.RejectedFolder, imap.Folder),
            "Imap:ProcessedFolder and Imap:RejectedFolder must differ from Imap:Folder.");
    }

    private static void Check(List<string> errors, bool ok, string error)
    {
        if (!ok)
        {
            errors.Add(error);
        }
    }

    private static bool IsLocal(string host) =>
        host.Trim() is "localhost" or "127.0.0.1" or "::1";

    private static bool Same(string folder, string other) =>
        folder.Trim().Length > 0 && string.Equals(folder.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);
}
