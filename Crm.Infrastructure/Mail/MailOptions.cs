namespace Crm.Infrastructure.Mail;

/// <summary>Bound from the <c>Mail</c> section of appsettings.json.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string SenderName { get; set; } = "CRM";

    public string SenderAddress { get; set; } = "crm@localhost";

    /// <summary>When empty, mail is written as .eml files to <see cref="PickupFolder"/> instead of sent.</summary>
    public string SmtpHost { get; set; } = "";

    public int SmtpPort { get; set; } = 587;

    /// <summary>When empty, the SMTP server is used without authentication.</summary>
    public string SmtpUser { get; set; } = "";

    public string SmtpPassword { get; set; } = "";

    /// <summary>Folder for .eml files when no SMTP host is set; relative to the working directory.</summary>
    public string PickupFolder { get; set; } = "data/mail";

    /// <summary>
    /// The address people reach the CRM at (<c>https://crm.example.com/</c>), used for links in
    /// mail. When empty, the address of the current request is used.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);
}
