namespace Crm.Infrastructure.Mail;

/// <summary>The mails of a person's sign-in account, written in that person's language.</summary>
internal static class AccountMails
{
    public static MailMessage Invitation(string to, string displayName, string language, Uri link)
    {
        var text = new MailText(language);

        return new MailLayout(text.Format("Invitation.Greeting", displayName), text["Invitation.Action"], link)
            .Paragraph(text["Invitation.Body"])
            .Footnote(text["Invitation.Expiry"])
            .ToMessage(to, displayName, text["Invitation.Subject"], text);
    }

    public static MailMessage PasswordReset(string to, string displayName, string language, Uri link)
    {
        var text = new MailText(language);

        return new MailLayout(text.Format("Reset.Greeting", displayName), text["Reset.Action"], link)
            .Paragraph(text["Reset.Body"])
            .Footnote(text["Reset.Expiry"])
            .Footnote(text["Reset.Ignore"])
            .ToMessage(to, displayName, text["Reset.Subject"], text);
    }
}
