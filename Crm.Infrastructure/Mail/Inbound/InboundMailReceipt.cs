using System.Security.Cryptography;
using System.Text;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>Where a received mail stands: the handler keeps failing on it, handled, or rejected.</summary>
internal enum InboundMailStatus
{
    Failing = 1,
    Handled = 2,
    Rejected = 3,
}

/// <summary>
/// What the poller remembers of one received mail, by its key (Message-Id or content digest):
/// handled mails are never handed on again; failures are counted until the mail is rejected.
/// Plumbing, not business data: no events, no audit stamps.
/// </summary>
internal sealed class InboundMailReceipt
{
    public const int MaxKeyLength = 500;
    public const int MaxErrorLength = 2000;

    private InboundMailReceipt()
    {
        Key = "";
    }

    internal InboundMailReceipt(string key, DateTime at)
        : this()
    {
        Key = key;
        FirstSeenAt = at;
        UpdatedAt = at;
        Status = InboundMailStatus.Failing;
    }

    public string Key { get; private set; }

    public InboundMailStatus Status { get; private set; }

    /// <summary>Failed hand-overs since the mail was first seen or last put back for another try.</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime FirstSeenAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>
    /// The stored form of a mail key: as it is when it fits the column, else a digest of it
    /// (Message-Ids may run to a header line's 998 characters).
    /// </summary>
    public static string StoredKey(string key)
    {
        var trimmed = key.Trim().Trim('<', '>');

        return trimmed.Length <= MaxKeyLength
            ? trimmed
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trimmed)));
    }

    internal void Handled(DateTime at)
    {
        Status = InboundMailStatus.Handled;
        LastError = null;
        UpdatedAt = at;
    }

    internal void Failed(string error, DateTime at)
    {
        // A mail rejected earlier and dropped in again by an operator gets its tries afresh.
        Attempts = Status == InboundMailStatus.Rejected ? 1 : Attempts + 1;
        Status = InboundMailStatus.Failing;
        LastError = Truncate(error);
        UpdatedAt = at;
    }

    internal void Rejected(string reason, DateTime at)
    {
        Status = InboundMailStatus.Rejected;
        LastError = Truncate(reason);
        UpdatedAt = at;
    }

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
