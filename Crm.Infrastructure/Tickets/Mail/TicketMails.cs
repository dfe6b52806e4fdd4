using Crm.Domain.Tickets;
using Crm.Infrastructure.Mail;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// The mails a customer gets about a ticket, in their language, each with the ticket's
/// <c>[#10234]</c> tag in the subject so that their answer finds its way back.
/// </summary>
internal static class TicketMails
{
    public static MailMessage Acknowledgement(
        int number, string subject, string to, string? toName, string language)
    {
        var text = new MailText(language);
        var label = TicketNumbers.Format(number);

        return new MailLayout(Greeting(text, toName))
            .Paragraph(text.Format("Ticket.Ack.Body", label))
            .Paragraph(text.Format("Ticket.Ack.Topic", subject))
            .Footnote(text.Format("Ticket.ReplyHint", label, TicketNumbers.SubjectTag(number)))
            .ToMessage(to, toName, TicketNumbers.TagSubject(number, text.Format("Ticket.Ack.Subject", subject)), text);
    }

    /// <summary>
    /// An agent's public reply exactly as the conversation shows it: the agent greets and signs in
    /// their own words (canned replies do both), so the mail adds neither, only the reply hint.
    /// </summary>
    public static MailMessage Reply(int number, string subject, string body, string to, string? toName, string language)
    {
        var text = new MailText(language);
        var layout = new MailLayout(greeting: null);
        foreach (var paragraph in body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            layout.Paragraph(paragraph.Trim('\n'));
        }

        var label = TicketNumbers.Format(number);

        return layout.Footnote(text.Format("Ticket.ReplyHint", label, TicketNumbers.SubjectTag(number)))
            .ToMessage(to, toName, "Re: " + TicketNumbers.TagSubject(number, subject), text);
    }

    public static MailMessage Survey(
        int number, string subject, Uri link, DateTime expiresAt, string to, string? toName, string language)
    {
        var text = new MailText(language);
        var label = TicketNumbers.Format(number);

        return new MailLayout(Greeting(text, toName), text["Ticket.Survey.Action"], link)
            .Paragraph(text.Format("Ticket.Survey.Body", label, subject))
            .Paragraph(text.Format("Ticket.Survey.Expiry", expiresAt))
            .ToMessage(to, toName, TicketNumbers.TagSubject(number, text["Ticket.Survey.Subject"]), text);
    }

    private static string Greeting(MailText text, string? name) =>
        string.IsNullOrWhiteSpace(name) ? text["Ticket.GreetingNoName"] : text.Format("Ticket.Greeting", name);
}
